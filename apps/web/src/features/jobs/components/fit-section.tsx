import { FitPanel } from '../../../components/match/fit-panel';
import { useMe } from '../../../lib/auth/get-me';
import { useIsSignedIn } from '../../../lib/auth/session';

/** The "why / why not" panel (how this posting fits the candidate), for signed-in candidates only. */
export function FitSection({ jobId }: { jobId: string }) {
  const signedIn = useIsSignedIn();
  const me = useMe();
  if (!signedIn || me.data?.role !== 'candidate') return null;
  return <FitPanel jobId={jobId} />;
}
