import type { TFunction } from 'i18next';
import type { TranslationKey } from '../../../lib/i18n';

export interface StatusOption {
  code: string;
  country: 'KR' | 'JP';
  /** The code as written on the residence card, for Korean statuses (D-2, E-7-1). */
  shortCode?: string;
  name: TranslationKey;
}

/** The statuses of residence a candidate can choose, with their official names (glossary §1). */
export const STATUS_OPTIONS: readonly StatusOption[] = [
  { code: 'KR:D-2', country: 'KR', shortCode: 'D-2', name: 'profile.statuses.KR_D2' },
  { code: 'KR:D-4', country: 'KR', shortCode: 'D-4', name: 'profile.statuses.KR_D4' },
  { code: 'KR:D-10-1', country: 'KR', shortCode: 'D-10-1', name: 'profile.statuses.KR_D10_1' },
  { code: 'KR:E-7-1', country: 'KR', shortCode: 'E-7-1', name: 'profile.statuses.KR_E7_1' },
  { code: 'KR:E-7', country: 'KR', shortCode: 'E-7', name: 'profile.statuses.KR_E7' },
  { code: 'KR:H-1', country: 'KR', shortCode: 'H-1', name: 'profile.statuses.KR_H1' },
  { code: 'JP:ryugaku', country: 'JP', name: 'profile.statuses.JP_ryugaku' },
  { code: 'JP:tokutei-katsudo', country: 'JP', name: 'profile.statuses.JP_tokuteiJobHunting' },
  { code: 'JP:tokutei-katsudo:46', country: 'JP', name: 'profile.statuses.JP_tokutei46' },
  { code: 'JP:tokutei-katsudo:9', country: 'JP', name: 'profile.statuses.JP_tokutei9' },
  { code: 'JP:gijinkoku', country: 'JP', name: 'profile.statuses.JP_gijinkoku' },
  { code: 'JP:working-holiday', country: 'JP', name: 'profile.statuses.JP_workingHoliday' },
];

/** The known status a code is (or belongs to, for sub-codes such as KR:D-2-2). */
function statusOptionOf(code: string): StatusOption | undefined {
  const exact = STATUS_OPTIONS.find((option) => option.code === code);
  if (exact) return exact;
  return [...STATUS_OPTIONS]
    .sort((a, b) => b.code.length - a.code.length)
    .find((option) => code.startsWith(`${option.code}-`) || code.startsWith(`${option.code}:`));
}

/**
 * A status with its country, code and official name, never the raw code alone:
 * 韓国：D-2（留学） / 한국: D-2 (유학) / Korea D-2 (Student); 日本：技術・人文知識・国際業務.
 */
export function statusLabel(t: TFunction, code: string | null | undefined): string {
  if (!code) return '';
  const option = statusOptionOf(code);
  if (!option) return t('profile.statusLabel.unknown', { code });
  const name = t(option.name);
  if (option.country === 'KR') return t('profile.statusLabel.KR', { code: code.slice(3), name });
  return t('profile.statusLabel.JP', { name });
}
