import { DomainErrorCode } from '@hashidari/domain-core';

/** Exhaustive: a new DomainErrorCode does not compile until it has a status here. */
export const STATUS_OF_DOMAIN_ERROR: Record<DomainErrorCode, number> = {
  VALIDATION_FAILED: 422,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  INVALID_REFRESH_TOKEN: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  EMAIL_TAKEN: 409,
  ALREADY_APPLIED: 409,
  ALREADY_REPORTED: 409,
  CONFLICT: 409,
  ILLEGAL_TRANSITION: 409,
  INVALID_MONEY: 422,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

/** Codes for errors raised by the framework itself (routing, body parsing, rate limiting). */
export const CODE_OF_HTTP_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'VALIDATION_FAILED',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};
