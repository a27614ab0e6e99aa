import { Badge, Button, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { languageOfCountry, pickLocalized } from '../../../lib/localized-text';
import type { ReviewedOrganization } from '../api/organizations-for-review';

interface OrganizationReviewCardProps {
  organization: ReviewedOrganization;
  /** Asks to verify (or, for a verified one, to take the check back) */
  onDecide: (organization: ReviewedOrganization) => void;
  /** a decision is being sent: the button waits */
  busy: boolean;
}

/** One organisation in the queue: its name, registration, who runs it and how active it is. */
export function OrganizationReviewCard({ organization, onDecide, busy }: OrganizationReviewCardProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const name = pickLocalized(organization.names, locale, languageOfCountry(organization.country));
  const title = name?.text ?? t('admin.unnamed');
  const headingId = `org-${organization.id}`;
  return (
    <Paper component="li" withBorder radius="lg" p="lg" className="surface admin-org" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <div>
          <Title order={2} id={headingId} className="admin-org__name" lang={name?.lang}>
            {title}
          </Title>
          <Group gap="xs" mt={4}>
            <Badge variant="light" color="gray" c="gray.8">
              {t(`admin.country.${organization.country}`)}
            </Badge>
            <Badge variant="light" color={organization.verified ? 'teal' : 'gray'} c={organization.verified ? 'teal.9' : 'gray.8'}>
              {organization.verified ? t('admin.status.verified') : t('admin.status.pending')}
            </Badge>
          </Group>
        </div>
        <Button
          variant={organization.verified ? 'default' : 'filled'}
          color={organization.verified ? 'red.9' : undefined}
          disabled={busy}
          onClick={() => onDecide(organization)}
          aria-label={t(organization.verified ? 'admin.revokeFor' : 'admin.verifyFor', { name: title })}
        >
          {organization.verified ? t('admin.revoke') : t('admin.verify')}
        </Button>
      </Group>
      <dl className="admin-org__facts">
        <div>
          <dt>{t(organization.country === 'KR' ? 'admin.facts.registrationKR' : 'admin.facts.registrationJP')}</dt>
          <dd>{organization.registrationNumber ?? t('admin.facts.none')}</dd>
        </div>
        <div>
          <dt>{t('admin.facts.owner')}</dt>
          <dd>{organization.ownerEmail ?? t('admin.facts.none')}</dd>
        </div>
        <div>
          <dt>{t('admin.facts.members')}</dt>
          <dd>{t('admin.facts.count', { count: organization.members })}</dd>
        </div>
        <div>
          <dt>{t('admin.facts.publishedJobs')}</dt>
          <dd>{t('admin.facts.count', { count: organization.publishedJobs })}</dd>
        </div>
        <div>
          <dt>{t('admin.facts.registered')}</dt>
          <dd>{formatDate(organization.createdAt, locale)}</dd>
        </div>
        {organization.verifiedAt ? (
          <div>
            <dt>{t('admin.facts.verifiedAt')}</dt>
            <dd>{formatDate(organization.verifiedAt, locale)}</dd>
          </div>
        ) : null}
      </dl>
      {organization.size !== null ? (
        <Text size="sm" c="dimmed">
          {t('admin.facts.size', { count: organization.size })}
        </Text>
      ) : null}
    </Paper>
  );
}
