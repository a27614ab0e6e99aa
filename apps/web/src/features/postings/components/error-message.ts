import { ApiError } from '../../../lib/api/errors';
import type { TranslationKey } from '../../../lib/i18n';

/** Messages for the posting errors that the shell's error list does not explain. */
export function postingErrorKey(error: unknown): TranslationKey | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.code === 'CONFLICT') return 'postings.errors.conflict';
  if (error.code === 'ILLEGAL_TRANSITION') return 'postings.errors.illegalTransition';
  return undefined;
}
