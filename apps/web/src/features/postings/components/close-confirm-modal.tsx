import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/i18n';
import type { Job } from '../api/get-organization-jobs';
import { localized } from './localized';

interface CloseConfirmModalProps {
  job: Job | null;
  closing: boolean;
  onConfirm: (job: Job) => void;
  onCancel: () => void;
}

/** Closing cannot be undone: candidates can no longer apply and the posting can no longer change. */
export function CloseConfirmModal({ job, closing, onConfirm, onCancel }: CloseConfirmModalProps) {
  const { t } = useTranslation();
  const title = job ? localized(job.title, currentLocale()) : null;
  return (
    <Modal
      opened={job !== null}
      onClose={onCancel}
      title={t('postings.list.closeTitle')}
      closeButtonProps={{ 'aria-label': t('postings.dialog.close') }}
      centered
    >
      <Stack gap="md">
        {title ? (
          <Text fw={600} lang={title.lang}>
            {title.text}
          </Text>
        ) : null}
        <Text>{t('postings.list.closeBody')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('postings.list.keepOpen')}
          </Button>
          <Button color="red.9" loading={closing} onClick={() => job && onConfirm(job)}>
            {t('postings.list.confirmClose')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
