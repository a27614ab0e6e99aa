import type { FieldErrors, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../../lib/api/errors';
import { isTranslationKey } from '../../../lib/i18n';
import { stepOfPath, STEPS, type ProfileFormValues } from './profile-form';

/**
 * Puts the API's 422 details (dotted paths such as `education.0.graduationDate`) beside the matching fields,
 * with a message chosen by the field's name. Returns the first path placed, or undefined when none was.
 */
export function applyProfileServerErrors(error: unknown, setError: UseFormSetError<ProfileFormValues>): string | undefined {
  if (!(error instanceof ApiError) || error.status !== 422) return undefined;
  let first: string | undefined;
  for (const detail of error.details) {
    if (!stepOfPath(detail.path)) continue;
    const leaf = detail.path.split('.').filter((segment) => !/^\d+$/.test(segment)).pop() ?? '';
    const key = `profile.serverErrors.${leaf}`;
    setError(detail.path as Path<ProfileFormValues>, { type: 'server', message: isTranslationKey(key) ? key : 'validation.invalid' });
    first ??= detail.path;
  }
  return first;
}

function paths(errors: unknown, prefix = ''): string[] {
  if (!errors || typeof errors !== 'object') return [];
  if ('message' in errors && typeof errors.message === 'string') return [prefix];
  return Object.entries(errors).flatMap(([key, value]) => (key === 'ref' ? [] : paths(value, prefix ? `${prefix}.${key}` : key)));
}

/** The path of the first field in error, in the order of the steps. */
export function firstErrorPath(errors: FieldErrors<ProfileFormValues>): string | undefined {
  const all = paths(errors);
  return all.sort((a, b) => STEPS.indexOf(stepOfPath(a) ?? 'visibility') - STEPS.indexOf(stepOfPath(b) ?? 'visibility'))[0];
}
