import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageIcon } from '../../../components/ui/icons';
import { isLocale, LOCALES } from '../../../lib/i18n';
import { useSwitchLanguage } from './use-switch-language';

/** The header's language menu: each language is written in its own script and marked with its lang. */
export function LanguageMenu() {
  const { t } = useTranslation();
  const { locale, switchLanguage } = useSwitchLanguage();
  const currentName = t(`language.names.${locale}`);

  return (
    <Menu position="bottom-end" shadow="md" width={180} closeOnItemClick>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          size="sm"
          leftSection={<LanguageIcon />}
          aria-label={t('language.buttonLabel', { language: currentName })}
          className="language-button"
        >
          <span lang={locale}>{currentName}</span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown aria-label={t('language.menuLabel')}>
        <Menu.Label>{t('language.menuLabel')}</Menu.Label>
        <Menu.RadioGroup value={locale} onChange={(value) => isLocale(value) && void switchLanguage(value)}>
          {LOCALES.map((code) => (
            <Menu.RadioItem key={code} value={code} lang={code} closeMenuOnClick>
              {t(`language.names.${code}`)}
            </Menu.RadioItem>
          ))}
        </Menu.RadioGroup>
      </Menu.Dropdown>
    </Menu>
  );
}
