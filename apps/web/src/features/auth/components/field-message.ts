import type { FieldError } from 'react-hook-form';
import type { TFunction } from 'i18next';
import { isTranslationKey } from '../../../lib/i18n';

/** The translated message of a form field's error (its message is a translation key). */
export function fieldMessage(t: TFunction, error: FieldError | undefined): string | undefined {
  if (!error?.message) return undefined;
  return isTranslationKey(error.message) ? t(error.message) : t('validation.invalid');
}
