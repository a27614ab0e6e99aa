import { Container, Paper, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/ui/page-heading';
import { isLocale, LOCALES } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { AccountErasure } from '../components/account-erasure';
import { DataExport } from '../components/data-export';
import { useSwitchLanguage } from '../components/use-switch-language';

export function SettingsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('settings.title'));
  const { locale, switchLanguage, saving, saved } = useSwitchLanguage();

  return (
    <Container size={640} className="page page--narrow">
      <PageHeading className="page-title">{t('settings.heading')}</PageHeading>
      <Text className="page-lead">{t('settings.lead')}</Text>
      <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} mt="lg" className="surface">
        <Radio.Group
          name="locale"
          label={t('settings.languageLegend')}
          value={locale}
          onChange={(value) => isLocale(value) && void switchLanguage(value)}
        >
          <Stack gap="sm" mt="sm">
            {LOCALES.map((code) => (
              <Radio
                key={code}
                value={code}
                label={<span lang={code}>{t(`language.names.${code}`)}</span>}
                classNames={{ root: 'role-option', label: 'role-option__label' }}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Text role="status" size="sm" c="dimmed" mt="md" className="settings-status">
          {saving ? t('settings.saving') : saved ? t('settings.saved', { language: t(`language.names.${locale}`) }) : ''}
        </Text>
      </Paper>
      <DataExport />
      <AccountErasure />
    </Container>
  );
}
