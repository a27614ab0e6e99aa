import type { FieldPath, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../../lib/api/errors';
import type { TranslationKey } from '../../../lib/i18n';
import { factOf, type Fact } from './facts';
import type { EligibilityFormValues } from './form-model';

/** The form field of a 422 detail path (`person.education[0].level` → `person.education.0.level`). */
export function formPathOf(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1');
}

function messageFor(path: string): TranslationKey {
  if (/(Date|\.from|\.to)$/.test(path) || path === 'evalDate') return 'visa.validation.date';
  if (/(Hours|Months|year|gpa|Ratio|Staff|amount|score|months)$/.test(path)) return 'visa.validation.number';
  return 'visa.validation.choice';
}

/**
 * Puts the API's 422 details beside their fields. Returns the facts concerned (to show them if they were
 * hidden), or null when the error is not a validation failure.
 */
export function applyEligibilityErrors(error: unknown, setError: UseFormSetError<EligibilityFormValues>): Fact[] | null {
  if (!(error instanceof ApiError) || error.status !== 422) return null;
  const facts: Fact[] = [];
  error.details.forEach((detail, index) => {
    const name = formPathOf(detail.path) as FieldPath<EligibilityFormValues>;
    setError(name, { type: 'server', message: messageFor(detail.path) }, { shouldFocus: index === 0 });
    const fact = factOf(detail.path);
    if (fact) facts.push(fact);
  });
  return facts;
}
