import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError, fieldErrorKey } from './api/errors';

/**
 * Puts the API's 422 field errors beside the matching form fields (the message is a translation key,
 * translated when shown). Returns true when at least one field received an error.
 */
export function applyServerFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): boolean {
  if (!(error instanceof ApiError) || error.status !== 422) return false;
  let applied = false;
  for (const detail of error.details) {
    const field = fields.find((name) => name === detail.path);
    if (!field) continue;
    setError(field, { type: 'server', message: fieldErrorKey(detail.path) }, { shouldFocus: !applied });
    applied = true;
  }
  return applied;
}
