import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useWithdrawApplication } from '../api/withdraw-application';
import type { Application } from '../api/list-my-applications';

/** Withdraws after a confirmation that says what it means; an offer is "declined" rather than withdrawn. */
export function WithdrawButton({ application, jobTitle }: { application: Application; jobTitle: string }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const withdraw = useWithdrawApplication();
  const afterOffer = application.status === 'offer';

  return (
    <>
      <Button variant="default" size="xs" onClick={open}>
        {afterOffer ? t('applications.withdraw.declineButton') : t('applications.withdraw.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={afterOffer ? t('applications.withdraw.declineTitle') : t('applications.withdraw.title')}
        closeButtonProps={{ 'aria-label': t('applications.withdraw.cancel') }}
        centered
      >
        <Stack gap="md">
          <Text size="sm">{t('applications.withdraw.body', { job: jobTitle })}</Text>
          <Text size="sm" fw={600}>
            {t('applications.withdraw.final')}
          </Text>
          <ErrorAlert error={withdraw.error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('applications.withdraw.cancel')}
            </Button>
            <Button color="red.9" loading={withdraw.isPending} onClick={() => withdraw.mutate(application.id, { onSuccess: close })}>
              {afterOffer ? t('applications.withdraw.declineConfirm') : t('applications.withdraw.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
