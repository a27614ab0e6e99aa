import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import type { MyOrganization } from '../../../lib/organizations/my-organizations';
import { useMembers } from '../api/get-members';
import { InviteMemberForm } from './invite-member-form';
import { MemberList } from './member-list';
import { LoadingState } from '../../../components/ui/query-state';

/** Who shares the organisation's postings and pipeline; owners invite and remove colleagues here. */
export function MembersSection({ organization, displayName }: { organization: MyOrganization; displayName: string }) {
  const { t } = useTranslation();
  const members = useMembers(organization.id);
  const isOwner = organization.myRole === 'owner';

  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} className="surface" component="section" aria-labelledby="org-members-heading">
      <Title order={2} id="org-members-heading" className="section-title section-title--small">
        {t('organization.members.heading')}
      </Title>
      <Text size="sm" c="dimmed" mt={4}>
        {t('organization.members.lead')}
      </Text>
      <Stack gap="md" mt="md">
        {members.isPending ? <LoadingState label={t('common.loading')} /> : members.isError ? (
          <Stack gap="sm" align="flex-start">
            <ErrorAlert error={members.error} />
            <Button variant="default" onClick={() => void members.refetch()}>
              {t('common.retry')}
            </Button>
          </Stack>
        ) : members.data.length === 0 ? (
          <Text>{t('organization.members.empty')}</Text>
        ) : (
          <MemberList organizationId={organization.id} organizationName={displayName} members={members.data} canRemove={isOwner} />
        )}
        {isOwner ? (
          <InviteMemberForm organizationId={organization.id} members={members.data ?? []} />
        ) : (
          <Text size="sm">{t('organization.members.ownerOnly')}</Text>
        )}
      </Stack>
    </Paper>
  );
}
