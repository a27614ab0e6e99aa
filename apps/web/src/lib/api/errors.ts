import * as z from 'zod/mini';
import { isTranslationKey, type TranslationKey } from '../i18n';

export interface ErrorDetail {
  path: string;
  issue: string;
}

/** Every failed call becomes one of these: an API error envelope, or status 0 when the API was not reached. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly ErrorDetail[] = [],
    readonly requestId?: string,
  ) {
    super(message);
  }
}

export const NETWORK_ERROR = 'NETWORK_ERROR';

const envelopeSchema = z.object({
  error: z.object({
    code: z.string().check(z.minLength(1)),
    message: z.string(),
    details: z.optional(z.array(z.object({ path: z.string(), issue: z.string() }))),
    requestId: z.optional(z.string()),
  }),
});

export function apiErrorFrom(response: Response, body: unknown): ApiError {
  const parsed = envelopeSchema.safeParse(body);
  if (parsed.success) {
    const { code, message, details, requestId } = parsed.data.error;
    return new ApiError(response.status, code, message, details ?? [], requestId);
  }
  const requestId = response.headers.get('x-request-id') ?? undefined;
  return new ApiError(response.status, `HTTP_${response.status}`, response.statusText, [], requestId);
}

export function networkError(cause: unknown): ApiError {
  const error = new ApiError(0, NETWORK_ERROR, cause instanceof Error ? cause.message : 'Network error');
  return error;
}

/** What openapi-fetch resolves to: data on success, the parsed error body otherwise. */
interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Resolves to the response body of a successful call; throws an ApiError otherwise. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch (cause) {
    if (cause instanceof ApiError) throw cause;
    throw networkError(cause);
  }
  if (!result.response.ok) throw apiErrorFrom(result.response, result.error);
  return result.data as T;
}

/** The translation key of the message to show for an error: its code's own message, else a generic one. */
export function errorMessageKey(error: unknown): TranslationKey {
  if (error instanceof ApiError) {
    const key = `errors.${error.code}`;
    if (isTranslationKey(key)) return key;
  }
  return 'errors.generic';
}

/** The message for a field that the API rejected (422 details), by field name. */
export function fieldErrorKey(path: string): TranslationKey {
  const key = `validation.server.${path}`;
  return isTranslationKey(key) ? key : 'validation.invalid';
}
