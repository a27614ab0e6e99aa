import { useMutationState } from '@tanstack/react-query';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { updateMeMutationKey } from '../api/update-me';

/** Says so when the last language change could not be saved to the account (shown under the header). */
export function LanguageSaveError() {
  const states = useMutationState({
    filters: { mutationKey: updateMeMutationKey },
    select: (mutation) => ({ status: mutation.state.status, error: mutation.state.error }),
  });
  const last = states.at(-1);
  if (last?.status !== 'error') return null;
  return <ErrorAlert error={last.error} messageKey="language.changeFailed" />;
}
