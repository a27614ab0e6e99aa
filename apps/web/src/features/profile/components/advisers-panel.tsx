import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { ApiError } from '../../../lib/api/errors';
import { formatDate } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { useMyAdvisers, type MyAdviser } from '../api/get-my-advisers';
import { useGrantAdviser } from '../api/grant-adviser';
import { useRevokeAdviser } from '../api/revoke-adviser';
import { LoadingState } from '../../../components/ui/query-state';

function AdviserRow({ adviser }: { adviser: MyAdviser }) {
  const { t } = useTranslation();
  const revoke = useRevokeAdviser();
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="profile-adviser">
      <div>
        <Text fw={600} className="profile-adviser__email">
          {adviser.email}
        </Text>
        <Text size="sm" c="dimmed">
          {t('profile.advisers.grantedAt', { date: formatDate(adviser.grantedAt, currentLocale()) })}
        </Text>
      </div>
      {confirming ? (
        <Group gap="xs">
          <Button
            color="red.9"
            size="xs"
            loading={revoke.isPending}
            onClick={() => revoke.mutate(adviser.adviserId)}
            aria-label={t('profile.advisers.confirmRevoke', { email: adviser.email })}
          >
            {t('profile.advisers.confirmRevokeShort')}
          </Button>
          <Button variant="default" size="xs" onClick={() => setConfirming(false)}>
            {t('profile.common.cancel')}
          </Button>
        </Group>
      ) : (
        <Button variant="default" size="xs" onClick={() => setConfirming(true)} aria-label={t('profile.advisers.revoke', { email: adviser.email })}>
          {t('profile.advisers.revokeShort')}
        </Button>
      )}
      <ErrorAlert error={revoke.error} />
    </li>
  );
}

function GrantForm() {
  const { t } = useTranslation();
  const grant = useGrantAdviser();
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [done, setDone] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFieldError(undefined);
    setDone(null);
    const address = email.trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) {
      setFieldError(t('validation.emailInvalid'));
      return;
    }
    try {
      await grant.mutateAsync(address);
      setEmail('');
      setDone(address);
    } catch (error) {
      if (error instanceof ApiError && error.details.some((detail) => detail.path === 'adviserEmail')) {
        setFieldError(t('profile.advisers.unknownAdviser'));
      }
    }
  };

  const otherError = grant.error instanceof ApiError && grant.error.details.some((d) => d.path === 'adviserEmail') ? null : grant.error;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <TextInput
          type="email"
          label={t('profile.advisers.email')}
          description={t('profile.advisers.emailHint')}
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={fieldError}
          inputMode="email"
          autoComplete="off"
        />
        <ErrorAlert error={otherError} />
        <div>
          <Button type="submit" variant="light" loading={grant.isPending}>
            {t('profile.advisers.grant')}
          </Button>
        </div>
        <Text role="status" size="sm" className="profile-status">
          {done ? t('profile.advisers.granted', { email: done }) : ''}
        </Text>
      </Stack>
    </form>
  );
}

/** The advisers (career centre, 행정사 / 行政書士) the candidate lets see their profile and pathway. */
export function AdvisersPanel() {
  const { t } = useTranslation();
  const advisers = useMyAdvisers();
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} className="surface" component="section" aria-labelledby="profile-advisers-heading">
      <Title order={2} id="profile-advisers-heading" className="section-title section-title--small">
        {t('profile.advisers.heading')}
      </Title>
      <Text size="sm" mt="xs">
        {t('profile.advisers.lead')}
      </Text>
      <Stack gap="md" mt="md">
        {advisers.isPending ? <LoadingState label={t('common.loading')} /> : advisers.isError ? (
          <Stack gap="xs" align="flex-start">
            <ErrorAlert error={advisers.error} />
            <Button variant="default" size="xs" onClick={() => void advisers.refetch()}>
              {t('common.retry')}
            </Button>
          </Stack>
        ) : advisers.data.length === 0 ? (
          <Alert variant="light" color="gray">
            {t('profile.advisers.none')}
          </Alert>
        ) : (
          <ul className="profile-adviser-list">
            {advisers.data.map((adviser) => (
              <AdviserRow key={adviser.adviserId} adviser={adviser} />
            ))}
          </ul>
        )}
        <GrantForm />
      </Stack>
    </Paper>
  );
}
