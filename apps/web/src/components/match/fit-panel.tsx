import { Alert, Anchor, Button, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../ui/error-alert';
import { ApiError } from '../../lib/api/errors';
import { useMe } from '../../lib/auth/get-me';
import { useIsSignedIn } from '../../lib/auth/session';
import { useFit } from './api/get-fit';
import { WarningIcon } from './match-icons';
import { ScoreMeter } from './score-meter';
import { useMatchText } from './use-match-text';
import { VisaSummary } from './visa-summary';
import { WhyPanel } from './why-panel';
import { ALERT_INK } from './tone-badge';
import './common.css';
import './match.css';

/**
 * How one posting fits the signed-in candidate (GET /jobs/:id/fit): the score and the reasons, and for a
 * posting outside the candidate's hard requirements the "why not" in plain words. Visitors are invited to
 * log in; other roles see nothing.
 */
export function FitPanel({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  const signedIn = useIsSignedIn();
  const me = useMe();
  const isCandidate = me.data?.role === 'candidate';
  const fit = useFit(jobId, signedIn && isCandidate);

  if (!signedIn) {
    return (
      <section className="hd-fit" aria-labelledby="fit-heading">
        <h2 id="fit-heading" className="hd-fit__heading">
          {t('match.fit.heading')}
        </h2>
        <Text size="sm">
          {t('match.fit.signIn')}{' '}
          <Anchor component={Link} to={`/login?next=${encodeURIComponent(`/jobs/${jobId}`)}`} underline="always">
            {t('match.fit.signInLink')}
          </Anchor>
        </Text>
      </section>
    );
  }
  if (!isCandidate) return null;

  return (
    <section className="hd-fit" aria-labelledby="fit-heading" aria-busy={fit.isPending}>
      <h2 id="fit-heading" className="hd-fit__heading">
        {t('match.fit.heading')}
      </h2>
      {fit.isPending ? (
        <div className="loading" role="status">
          <Loader size="xs" aria-hidden="true" />
          <span>{t('match.fit.loading')}</span>
        </div>
      ) : fit.isError ? (
        <FitError error={fit.error} onRetry={() => void fit.refetch()} />
      ) : (
        <FitBody fit={fit.data} jobId={jobId} />
      )}
    </section>
  );
}

function FitError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 404) {
    return (
      <Text size="sm">
        {t('match.fit.noProfile')}{' '}
        <Anchor component={Link} to="/profile" underline="always">
          {t('match.fit.profileLink')}
        </Anchor>
      </Text>
    );
  }
  return (
    <div className="hd-state">
      <ErrorAlert error={error} />
      <Button size="xs" variant="default" onClick={onRetry}>
        {t('common.retry')}
      </Button>
    </div>
  );
}

function FitBody({ fit, jobId }: { fit: NonNullable<ReturnType<typeof useFit>['data']>; jobId: string }) {
  const { t } = useTranslation();
  const text = useMatchText();
  const failed = fit.gates.filter((gate) => !gate.passed);
  return (
    <div className="hd-fit__body">
      {fit.gated ? (
        <Alert color="orange" variant="light" style={ALERT_INK.orange} icon={<WarningIcon />} title={t('match.fit.gatedTitle')} className="hd-fit__why-not">
          <Text size="sm">{t('match.fit.gatedLead')}</Text>
          <ul className="hd-fit__gates">
            {failed.map((gate) => (
              <li key={gate.gate}>{text.gate(gate)}</li>
            ))}
          </ul>
        </Alert>
      ) : (
        <ScoreMeter score={fit.score} candidateSide={fit.candidateSide} employerSide={fit.employerSide} size="lg" />
      )}
      <VisaSummary visa={fit.visa} viewer="candidate" jobId={jobId} />
      <WhyPanel explanation={fit.explanation} viewer="candidate" />
    </div>
  );
}
