import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ClockIcon, ShieldIcon } from '../../../components/ui/icons';

/** Whether hashidari's administrators have verified the organisation, and what that changes. */
export function VerificationStatus({ verified }: { verified: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" align="flex-start" wrap="nowrap">
      <Badge
        size="lg"
        radius="sm"
        variant="light"
        color={verified ? 'teal' : 'gray'}
        c={verified ? 'teal.9' : 'gray.8'}
        leftSection={verified ? <ShieldIcon /> : <ClockIcon />}
        style={{ flex: 'none' }}
      >
        {verified ? t('organization.verification.verified') : t('organization.verification.pending')}
      </Badge>
      <Text size="sm" c="dimmed">
        {verified ? t('organization.verification.verifiedBody') : t('organization.verification.pendingBody')}
      </Text>
    </Group>
  );
}
