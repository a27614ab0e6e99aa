/**
 * Every error the domain and the services raise on purpose. The API maps each code to an HTTP status
 * in one exhaustive table, so adding a code here forces a decision there.
 */
export const DOMAIN_ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'INVALID_REFRESH_TOKEN',
  'FORBIDDEN',
  'NOT_FOUND',
  'EMAIL_TAKEN',
  'ALREADY_APPLIED',
  'ALREADY_REPORTED',
  'CONFLICT',
  'ILLEGAL_TRANSITION',
  'INVALID_MONEY',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export interface ErrorDetail {
  path: string;
  issue: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
