import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, ErrorDetail } from '@hashidari/domain-core';

/** Flattens nested class-validator errors into one detail per field, e.g. `education.0.level`. */
export function toErrorDetails(errors: ValidationError[], parent = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const path = parent === '' ? error.property : `${parent}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((issue) => ({ path, issue: readableIssue(issue) }));
    return [...own, ...toErrorDetails(error.children ?? [], path)];
  });
}

function readableIssue(issue: string): string {
  return issue.startsWith('property ') && issue.endsWith('should not exist') ? 'unknown field' : issue;
}

/** Validates every body and query against its DTO; unknown fields are refused, never silently dropped. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new DomainError('VALIDATION_FAILED', 'The request is not valid', toErrorDetails(errors)),
  });
}
