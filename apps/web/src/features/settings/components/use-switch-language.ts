import { useTranslation } from 'react-i18next';
import { useIsSignedIn } from '../../../lib/auth/session';
import { changeLocale, currentLocale, type Locale } from '../../../lib/i18n';
import { useUpdateMe } from '../api/update-me';

/**
 * Switches the portal's language at once, and for a signed-in user also saves it to the account
 * (PATCH /me), so that it follows them to other devices and to e-mails.
 */
export function useSwitchLanguage() {
  // Subscribes to language changes, so that `locale` below stays current.
  useTranslation();
  const signedIn = useIsSignedIn();
  const update = useUpdateMe();

  const switchLanguage = async (locale: Locale) => {
    await changeLocale(locale);
    if (signedIn) update.mutate({ locale });
  };

  return {
    locale: currentLocale(),
    switchLanguage,
    saving: update.isPending,
    saved: update.isSuccess,
    saveError: update.error,
  };
}
