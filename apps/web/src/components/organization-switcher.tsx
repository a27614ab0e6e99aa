import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../lib/i18n';
import { pickLocalized } from '../lib/localized-text';
import { useCurrentOrganization } from '../lib/organizations/my-organizations';

/** For an employer in several organisations: which one the organisation and postings pages show. Nothing otherwise. */
export function OrganizationSwitcher() {
  const { t } = useTranslation();
  const { organizations, current, choose } = useCurrentOrganization();
  if (organizations.length < 2 || !current) return null;
  const locale = currentLocale();
  return (
    <Select
      className="organization-switcher"
      label={t('organizationSwitcher.label')}
      description={t('organizationSwitcher.description')}
      data={organizations.map((organization) => ({
        value: organization.id,
        label: pickLocalized(organization.names, locale)?.text ?? organization.id,
      }))}
      value={current.id}
      onChange={(id) => id && choose(id)}
      allowDeselect={false}
      maw={360}
      mb="md"
    />
  );
}
