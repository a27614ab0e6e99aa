import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { ApiError, fieldErrorKey } from '../../../lib/api/errors';
import type { ModeratedPosting } from '../api/postings-for-moderation';

const MIN_REASON = 5;
const MAX_REASON = 500;

interface TakedownModalProps {
  /** The posting to take down; the modal is closed while null */
  posting: ModeratedPosting | null;
  saving: boolean;
  error: unknown;
  onConfirm: (posting: ModeratedPosting, reason: string) => void;
  onCancel: () => void;
}

/** Taking a posting down is final and its reason is shown to everyone: the moderator writes it here. */
export function TakedownModal({ posting, saving, error, onConfirm, onCancel }: TakedownModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={posting !== null}
      onClose={onCancel}
      title={t('admin.moderation.confirm.title')}
      closeButtonProps={{ 'aria-label': t('admin.confirm.close') }}
      // the card that opened it is gone after a takedown: the page moves the focus to its message instead
      returnFocus={false}
      centered
    >
      {posting ? <TakedownForm key={posting.job.id} posting={posting} saving={saving} error={error} onConfirm={onConfirm} onCancel={onCancel} /> : null}
    </Modal>
  );
}

function TakedownForm({ posting, saving, error, onConfirm, onCancel }: Omit<TakedownModalProps, 'posting'> & { posting: ModeratedPosting }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < MIN_REASON) {
      setTooShort(true);
      return;
    }
    onConfirm(posting, reason.trim());
  };
  const serverError = error instanceof ApiError && error.status === 422 && error.details.some((d) => d.path === 'reason') ? t(fieldErrorKey('reason')) : undefined;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t('admin.moderation.confirm.body')}</Text>
        <Textarea
          label={t('admin.moderation.confirm.reason')}
          description={t('admin.moderation.confirm.reasonHint')}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setTooShort(false);
          }}
          error={tooShort ? t('admin.moderation.confirm.reasonTooShort', { count: MIN_REASON }) : serverError}
          maxLength={MAX_REASON}
          required
          autosize
          minRows={3}
          data-autofocus
        />
        {serverError ? null : <ErrorAlert error={error} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('admin.confirm.cancel')}
          </Button>
          <Button type="submit" color="red.9" loading={saving}>
            {t('admin.moderation.takedown')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
