import { Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { formatDate } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import type { Member } from '../api/get-members';
import { useRemoveMember } from '../api/remove-member';
import classes from './organization.module.css';

interface MemberListProps {
  organizationId: string;
  organizationName: string;
  members: readonly Member[];
  /** Owners may remove colleagues (never the owner). */
  canRemove: boolean;
}

/** The organisation's members, each with role and date joined; owners can remove colleagues. */
export function MemberList({ organizationId, organizationName, members, canRemove }: MemberListProps) {
  const { t } = useTranslation();
  const removal = useRemoveMember(organizationId);
  const [leaving, setLeaving] = useState<Member | null>(null);

  const confirm = () => {
    if (!leaving) return;
    removal.mutate(leaving.userId, { onSuccess: () => setLeaving(null) });
  };

  return (
    <>
      <ul className={classes.members}>
        {members.map((member) => (
          <li key={member.userId} className={classes.membersItem}>
            <div className={classes.membersWho}>
              <Text fw={600} className={classes.membersEmail}>
                {member.email}
              </Text>
              <Group gap="xs">
                <Badge variant="light" color={member.role === 'owner' ? 'brand' : 'gray'} c={member.role === 'owner' ? 'brand.9' : 'gray.8'}>
                  {t(`organization.members.roles.${member.role}`)}
                </Badge>
                <Text size="sm" c="dimmed">
                  {t('organization.members.since', { date: formatDate(member.since, currentLocale()) })}
                </Text>
              </Group>
            </div>
            {canRemove && member.role !== 'owner' ? (
              <Button
                variant="subtle"
                color="red"
                c="red.9"
                size="sm"
                onClick={() => setLeaving(member)}
                aria-label={t('organization.members.removeLabel', { email: member.email })}
              >
                {t('organization.members.remove')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      <Modal
        opened={leaving !== null}
        onClose={() => setLeaving(null)}
        title={t('organization.members.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('organization.dialog.close') }}
        centered
      >
        <Stack gap="md">
          <Text>{t('organization.members.confirmBody', { email: leaving?.email ?? '', organization: organizationName })}</Text>
          <ErrorAlert error={removal.error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setLeaving(null)}>
              {t('organization.members.keep')}
            </Button>
            <Button color="red.9" onClick={confirm} loading={removal.isPending}>
              {t('organization.members.confirmRemove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
