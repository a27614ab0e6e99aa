import { Button, Group, List, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useMe } from '../../../lib/auth/get-me';
import { useDeleteAccount } from '../api/delete-account';

function WhatHappens() {
  const { t } = useTranslation();
  const me = useMe();
  const employer = me.data?.role === 'employer';
  return (
    <Stack gap="xs">
      <Text size="sm" fw={700}>
        {t('profile.account.erase.erasedHeading')}
      </Text>
      <List size="sm" spacing={4}>
        <List.Item>{t('profile.account.erase.erased.account')}</List.Item>
        <List.Item>{t('profile.account.erase.erased.profile')}</List.Item>
        <List.Item>{t('profile.account.erase.erased.consents')}</List.Item>
        <List.Item>{t('profile.account.erase.erased.plans')}</List.Item>
        <List.Item>{t('profile.account.erase.erased.accessLog')}</List.Item>
      </List>
      <Text size="sm" fw={700} mt="xs">
        {t('profile.account.erase.keptHeading')}
      </Text>
      <List size="sm" spacing={4}>
        <List.Item>{t('profile.account.erase.kept.applications')}</List.Item>
        {employer ? <List.Item>{t('profile.account.erase.kept.organization')}</List.Item> : null}
        <List.Item>{t('profile.account.erase.kept.otherLogs')}</List.Item>
      </List>
    </Stack>
  );
}

/** "Delete my account": what is erased and what is kept anonymised, a typed confirmation, then local sign-out. */
export function AccountErasure() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  const [typed, setTyped] = useState('');
  const erase = useDeleteAccount();
  const email = me.data?.email ?? '';
  const confirmed = email !== '' && typed.trim().toLowerCase() === email.toLowerCase();

  const closeModal = () => {
    setTyped('');
    erase.reset();
    close();
  };

  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} mt="lg" className="surface" component="section" aria-labelledby="settings-erase-heading">
      <Title order={2} id="settings-erase-heading" className="section-title section-title--small">
        {t('profile.account.erase.heading')}
      </Title>
      <Stack gap="sm" mt="xs">
        <Text size="sm">{t('profile.account.erase.lead')}</Text>
        <WhatHappens />
        <div>
          <Button color="red.9" variant="outline" onClick={open}>
            {t('profile.account.erase.button')}
          </Button>
        </div>
      </Stack>
      <Modal opened={opened} onClose={closeModal} title={t('profile.account.erase.confirmTitle')} centered closeButtonProps={{ 'aria-label': t('profile.account.erase.cancel') }}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!confirmed) return;
            erase.mutate(undefined, { onSuccess: () => void navigate('/', { replace: true }) });
          }}
        >
          <Stack gap="md">
            <Text size="sm">{t('profile.account.erase.confirmBody')}</Text>
            <TextInput
              label={t('profile.account.erase.typeEmail', { email })}
              value={typed}
              onChange={(event) => setTyped(event.currentTarget.value)}
              autoComplete="off"
              inputMode="email"
              data-autofocus
            />
            <ErrorAlert error={erase.error} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={closeModal}>
                {t('profile.account.erase.cancel')}
              </Button>
              <Button type="submit" color="red.9" disabled={!confirmed} loading={erase.isPending}>
                {t('profile.account.erase.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Paper>
  );
}
