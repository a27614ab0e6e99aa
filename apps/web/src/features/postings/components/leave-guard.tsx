import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

interface LeaveGuardProps {
  /** Whether the form has changes that are not saved. */
  dirty: RefObject<boolean>;
  /** Set before a navigation the editor makes on purpose (after saving). */
  leaving: RefObject<boolean>;
}

/** Asks before leaving the editor with unsaved changes (links, the header, the browser's back button). */
export function LeaveGuard({ dirty, leaving }: LeaveGuardProps) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty.current && !leaving.current && currentLocation.pathname !== nextLocation.pathname,
  );
  const blocked = blocker.state === 'blocked';
  return (
    <Modal
      opened={blocked}
      onClose={() => blocker.reset?.()}
      title={t('postings.editor.leave.title')}
      closeButtonProps={{ 'aria-label': t('postings.dialog.close') }}
      centered
    >
      <Stack gap="md">
        <Text>{t('postings.editor.leave.body')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => blocker.reset?.()}>
            {t('postings.editor.leave.stay')}
          </Button>
          <Button color="red.9" onClick={() => blocker.proceed?.()}>
            {t('postings.editor.leave.leave')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
