import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { DomainError, ErrorDetail } from '@hashidari/domain-core';
import type { Request, Response } from 'express';
import { PinoLogger } from 'nestjs-pino';
import { CODE_OF_HTTP_STATUS, STATUS_OF_DOMAIN_ERROR } from './error-status';

interface MappedError {
  status: number;
  code: string;
  message: string;
  details: ErrorDetail[];
}

/** Maps every error to the envelope of PRODUCT.md; unknown errors become a generic 500 with the stack in the log. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  constructor(private readonly logger: PinoLogger) {
    this.logger.setContext(AllExceptionsFilter.name);
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const mapped = this.map(exception);
    if (mapped.status >= 500) {
      this.logger.error({ err: exception, requestId: request.id }, 'unhandled error');
    }
    const body: Record<string, unknown> = { code: mapped.code, message: mapped.message };
    if (mapped.details.length > 0) body.details = mapped.details;
    body.requestId = String(request.id ?? '');
    if (mapped.status === 429) response.setHeader('Retry-After', '60');
    response.status(mapped.status).json({ error: body });
  }

  private map(exception: unknown): MappedError {
    if (exception instanceof DomainError) {
      return {
        status: STATUS_OF_DOMAIN_ERROR[exception.code],
        code: exception.code,
        message: exception.message,
        details: exception.details,
      };
    }
    if (exception instanceof ThrottlerException) {
      return { status: 429, code: 'RATE_LIMITED', message: 'Too many requests, try again later', details: [] };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status >= 500) return internalError();
      return {
        status,
        code: CODE_OF_HTTP_STATUS[status] ?? 'HTTP_ERROR',
        message: messageOf(exception),
        details: [],
      };
    }
    if (isBodyParserError(exception)) {
      return { status: exception.status, code: CODE_OF_HTTP_STATUS[exception.status] ?? 'BAD_REQUEST', message: 'The request body could not be read', details: [] };
    }
    return internalError();
  }
}

function internalError(): MappedError {
  return { status: 500, code: 'INTERNAL_ERROR', message: 'Something went wrong on our side', details: [] };
}

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return typeof message === 'string' ? message : exception.message;
}

function isBodyParserError(error: unknown): error is { status: number; type: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { status?: unknown }).status === 'number' &&
    typeof (error as { type?: unknown }).type === 'string'
  );
}
