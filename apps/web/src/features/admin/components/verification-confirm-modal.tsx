import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { currentLocale } from '../../../lib/i18n';
import { languageOfCountry, pickLocalized } from '../../../lib/localized-text';
import type { ReviewedOrganization } from '../api/organizations-for-review';

interface VerificationConfirmModalProps {
  /** The organisation to decide on; the modal is closed while null */
  organization: ReviewedOrganization | null;
  saving: boolean;
  /** the API refused the decision (e.g. another admin decided first) */
  error: unknown;
  onConfirm: (organization: ReviewedOrganization) => void;
  onCancel: () => void;
}

/** Verifying opens candidates' profiles to the organisation's members, so the admin confirms it (and its reverse). */
export function VerificationConfirmModal({ organization, saving, error, onConfirm, onCancel }: VerificationConfirmModalProps) {
  const { t } = useTranslation();
  const revoking = organization?.verified ?? false;
  const name = organization ? pickLocalized(organization.names, currentLocale(), languageOfCountry(organization.country)) : null;
  return (
    <Modal
      opened={organization !== null}
      onClose={onCancel}
      title={revoking ? t('admin.confirm.revokeTitle') : t('admin.confirm.verifyTitle')}
      closeButtonProps={{ 'aria-label': t('admin.confirm.close') }}
      // the decided card leaves the list: the page moves the focus to its message instead
      returnFocus={false}
      centered
    >
      <Stack gap="md">
        <Text fw={600} lang={name?.lang}>
          {name?.text ?? t('admin.unnamed')}
        </Text>
        <Text>{revoking ? t('admin.confirm.revokeBody') : t('admin.confirm.verifyBody')}</Text>
        <ErrorAlert error={error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('admin.confirm.cancel')}
          </Button>
          <Button color={revoking ? 'red.9' : undefined} loading={saving} onClick={() => organization && onConfirm(organization)}>
            {revoking ? t('admin.revoke') : t('admin.verify')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
