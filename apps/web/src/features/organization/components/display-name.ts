import type { Locale } from '../../../lib/i18n';
import type { MyOrganization } from '../../../lib/organizations/my-organizations';

/** The organisation's name in the reader's language, else in the first language it has. */
export function organizationName(organization: Pick<MyOrganization, 'names'>, locale: Locale): { text: string; lang: Locale } {
  for (const language of [locale, 'ko', 'ja', 'en'] as const) {
    const text = organization.names[language];
    if (text) return { text, lang: language };
  }
  return { text: '', lang: locale };
}
