import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/i18n';
import type { Job } from '../api/get-organization-jobs';
import { localized } from './localized';

interface PublishConfirmModalProps {
  /** The saved draft waiting for confirmation; the modal is closed while null. */
  job: Job | null;
  publishing: boolean;
  onConfirm: (job: Job) => void;
  onCancel: () => void;
}

/** Before publishing a posting whose readiness check found problems: lists them and asks. */
export function PublishConfirmModal({ job, publishing, onConfirm, onCancel }: PublishConfirmModalProps) {
  const { t } = useTranslation();
  const problems = (job?.visaWarnings ?? []).filter((warning) => warning.severity === 'error');
  return (
    <Modal
      opened={job !== null}
      onClose={onCancel}
      title={t('postings.editor.confirm.title')}
      closeButtonProps={{ 'aria-label': t('postings.dialog.close') }}
      centered
      size="lg"
    >
      <Stack gap="md">
        <Text>{t('postings.editor.confirm.body')}</Text>
        <List spacing="xs">
          {problems.map((problem, index) => {
            const message = localized(problem.message, currentLocale());
            return (
              <List.Item key={`${problem.ruleId}-${index}`}>
                <span lang={message.lang}>{message.text}</span>
              </List.Item>
            );
          })}
        </List>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('postings.editor.confirm.fixFirst')}
          </Button>
          <Button color="red.9" loading={publishing} onClick={() => job && onConfirm(job)}>
            {t('postings.editor.confirm.publishAnyway')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
