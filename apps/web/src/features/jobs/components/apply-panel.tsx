import { marketDay } from '@hashidari/domain-core';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { ApiError } from '../../../lib/api/errors';
import { useMe } from '../../../lib/auth/get-me';
import { useIsSignedIn } from '../../../lib/auth/session';
import { formatDate } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { useApplyToJob } from '../api/apply-to-job';
import { useMyApplicationForJob } from '../api/get-my-application-for-job';
import { useMyProfile } from '../api/get-my-profile';
import type { Job } from '../api/search-jobs';
import { useUpdateMyVisibility } from '../api/update-my-visibility';
import { LoadingState } from '../../../components/ui/query-state';

const MAX_NOTE = 4000;

function Frame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="lg" p="md" className="surface jobs-apply" component="section" aria-labelledby="job-apply-heading">
      <Title order={2} id="job-apply-heading" className="section-title section-title--small">
        {t('jobs.apply.heading')}
      </Title>
      <Stack gap="sm" mt="sm">
        {children}
      </Stack>
    </Paper>
  );
}

function Applied({ already, date }: { already: boolean; date?: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="teal" variant="light" role="status" title={already ? t('jobs.apply.alreadyTitle') : t('jobs.apply.doneTitle')}>
      <Stack gap={4}>
        <Text size="sm">{date ? t('jobs.apply.appliedOn', { date: formatDate(date, currentLocale()) }) : t('jobs.apply.doneBody')}</Text>
        <Anchor component={Link} to="/applications" size="sm" fw={600}>
          {t('jobs.apply.toApplications')}
        </Anchor>
      </Stack>
    </Alert>
  );
}

/** A private profile is seen by no employer, not even the one applied to: say so, and offer to change it. */
function PrivateProfileWarning() {
  const { t } = useTranslation();
  const update = useUpdateMyVisibility();
  return (
    <Alert color="orange" variant="light" title={t('jobs.apply.privateTitle')}>
      <Stack gap="xs">
        <Text size="sm">{t('jobs.apply.privateBody')}</Text>
        <Group gap="xs">
          <Button size="xs" variant="default" loading={update.isPending} onClick={() => update.mutate('applied')}>
            {t('jobs.apply.makeVisible')}
          </Button>
          <Anchor component={Link} to="/profile?step=visibility" size="sm">
            {t('jobs.apply.visibilitySettings')}
          </Anchor>
        </Group>
        <ErrorAlert error={update.error} />
      </Stack>
    </Alert>
  );
}

function CandidateApply({ job }: { job: Job }) {
  const { t } = useTranslation();
  const profile = useMyProfile(true);
  const existing = useMyApplicationForJob(job.id, true);
  const apply = useApplyToJob(job.id);
  const [note, setNote] = useState('');
  const alreadyApplied = apply.error instanceof ApiError && apply.error.code === 'ALREADY_APPLIED';
  const closed = job.status !== 'published' || (job.deadline !== null && job.deadline < marketDay(new Date()));

  if (existing.isPending) {
    return <LoadingState label={t('common.loading')} />;
  }
  // Just applied here: say so (the refreshed look-up below would otherwise call it "already applied").
  if (apply.isSuccess) return <Applied already={false} />;
  if (alreadyApplied) return <Applied already />;
  if (existing.data) return <Applied already date={existing.data.createdAt} />;
  if (closed) return <Text size="sm">{t('jobs.apply.closed')}</Text>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply.mutate(note.trim() || undefined);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {profile.data?.visibility === 'private' ? <PrivateProfileWarning /> : null}
        {profile.data?.visibility === 'applied' || profile.data?.visibility === 'verified-employers' ? (
          <Text size="sm" c="dimmed">
            {t('jobs.apply.profileShared')}
          </Text>
        ) : null}
        <Textarea
          label={t('jobs.apply.coverNote')}
          description={t('jobs.apply.coverNoteHint', { max: MAX_NOTE })}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          maxLength={MAX_NOTE}
          autosize
          minRows={4}
          maxRows={12}
        />
        <Text size="xs" c="dimmed" ta="right" aria-live="polite">
          {t('jobs.apply.characters', { n: note.length, max: MAX_NOTE })}
        </Text>
        <ErrorAlert error={apply.error} />
        <Button type="submit" size="md" loading={apply.isPending}>
          {t('jobs.apply.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** Apply, for candidates; for visitors, the way to sign up or log in; nothing to do for other roles. */
export function ApplyPanel({ job }: { job: Job }) {
  const { t } = useTranslation();
  const signedIn = useIsSignedIn();
  const me = useMe();

  if (!signedIn) {
    const next = encodeURIComponent(`/jobs/${job.id}`);
    return (
      <Frame>
        <Text size="sm">{t('jobs.apply.visitor')}</Text>
        <Button component={Link} to="/register">
          {t('jobs.apply.register')}
        </Button>
        <Button component={Link} to={`/login?next=${next}`} variant="default">
          {t('jobs.apply.login')}
        </Button>
      </Frame>
    );
  }
  if (!me.data) {
    return (
      <Frame>
        {me.isError ? (
          <ErrorAlert error={me.error} />
        ) : (
          <LoadingState label={t('common.loading')} />
        )}
      </Frame>
    );
  }
  if (me.data.role !== 'candidate') {
    return (
      <Frame>
        <Text size="sm">{t('jobs.apply.candidatesOnly')}</Text>
      </Frame>
    );
  }
  return (
    <Frame>
      <CandidateApply job={job} />
    </Frame>
  );
}
