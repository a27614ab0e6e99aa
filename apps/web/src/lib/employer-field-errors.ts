import type { TFunction } from 'i18next';
import type { FieldError, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError, type ErrorDetail } from './api/errors';
import { isTranslationKey, type TranslationKey } from './i18n';

/** Where a 422 detail goes in a form: the field that shows it and the message (a translation key). */
export interface PlacedFieldError<T extends FieldValues> {
  field: Path<T>;
  message: TranslationKey;
}

export interface ServerErrorPlacement {
  /** How many details were put beside a field. */
  placed: number;
  /** Details that no field of the form shows (the form lists them in its alert). */
  unplaced: ErrorDetail[];
}

/**
 * Puts the API's 422 details beside the form fields that `place` names for their dotted paths
 * (`salary.max`, `languageRequirements.0.level`) and issues, focusing the first. Forms whose fields do not mirror the
 * API's paths one to one (nested lists, texts per language) use this instead of `applyServerFieldErrors`.
 * Returns null when the error is not a 422.
 */
export function placeServerFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  place: (path: string, issue: string) => PlacedFieldError<T> | null,
): ServerErrorPlacement | null {
  if (!(error instanceof ApiError) || error.status !== 422) return null;
  const unplaced: ErrorDetail[] = [];
  let placed = 0;
  for (const detail of error.details) {
    const target = place(detail.path, detail.issue);
    if (!target) {
      unplaced.push(detail);
      continue;
    }
    setError(target.field, { type: 'server', message: target.message }, { shouldFocus: placed === 0 });
    placed += 1;
  }
  return { placed, unplaced };
}

/** The translated message of a field error whose message is a translation key. */
export function translatedFieldError(t: TFunction, error: Pick<FieldError, 'message'> | undefined): string | undefined {
  if (!error?.message) return undefined;
  return isTranslationKey(error.message) ? t(error.message) : t('validation.invalid');
}
