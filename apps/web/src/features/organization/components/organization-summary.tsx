import { Button, Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import type { MyOrganization } from '../../../lib/organizations/my-organizations';
import { NAME_LANGUAGES } from './organization-schema';
import { RatioGauge } from './ratio-gauge';
import { VerificationStatus } from './verification-status';
import classes from './organization.module.css';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className={classes.factsRow}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The organisation's details as registered, with its verification and an edit button. */
export function OrganizationSummary({ organization, onEdit }: { organization: MyOrganization; onEdit: () => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const number = (value: number | null) => (value === null ? t('organization.details.notGiven') : value.toLocaleString(locale));
  const korean = organization.country === 'KR';
  const category = organization.jpCategory;

  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} className="surface" component="section" aria-labelledby="org-details-heading">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Title order={2} id="org-details-heading" className="section-title section-title--small">
          {t('organization.details.heading')}
        </Title>
        <Button variant="default" onClick={onEdit}>
          {t('organization.details.edit')}
        </Button>
      </Group>
      <div className={classes.verification}>
        <VerificationStatus verified={organization.verified} />
      </div>
      <dl className={classes.facts}>
        {NAME_LANGUAGES.filter((language) => organization.names[language]).map((language) => (
          <Fact key={language} term={t(`organization.form.nameIn.${language}`)}>
            <span lang={language}>{organization.names[language]}</span>
          </Fact>
        ))}
        <Fact term={t('organization.form.country')}>{t(`organization.countries.${organization.country}`)}</Fact>
        <Fact term={t(`organization.form.registrationNumber.${organization.country}`)}>
          {organization.registrationNumber ?? t('organization.details.notGiven')}
        </Fact>
        <Fact term={t('organization.form.size')}>{number(organization.size)}</Fact>
        {korean ? (
          <>
            <Fact term={t('organization.form.koreanInsuredStaff.label')}>{number(organization.koreanInsuredStaff)}</Fact>
            <Fact term={t('organization.form.foreignProfessionalStaff.label')}>{number(organization.foreignProfessionalStaff)}</Fact>
            <Fact term={t('organization.form.domesticFocused.label')}>
              {organization.domesticFocused ? t('organization.form.domesticFocused.yes') : t('organization.form.domesticFocused.no')}
            </Fact>
          </>
        ) : (
          <Fact term={t('organization.form.jpCategory.label')}>
            {category !== null && category >= 1 && category <= 4 ? (
              <>
                {t(`organization.jpCategories.${String(category) as '1' | '2' | '3' | '4'}.label`)}
                <Text size="sm" c="dimmed" component="span" display="block">
                  {t(`organization.jpCategories.${String(category) as '1' | '2' | '3' | '4'}.description`)}
                </Text>
              </>
            ) : (
              t('organization.jpCategories.unknown.label')
            )}
          </Fact>
        )}
        <Fact term={t('organization.details.since')}>{formatDate(organization.createdAt, locale)}</Fact>
      </dl>
      {korean && organization.koreanInsuredStaff !== null ? (
        <RatioGauge korean={organization.koreanInsuredStaff} foreign={organization.foreignProfessionalStaff ?? 0} />
      ) : null}
    </Paper>
  );
}
