import { useTranslation } from 'react-i18next';

/** Statuses of residence the portal names, with the key of their official name (glossary §1). */
export const STATUS_KEYS = {
  'KR:D-2': 'krD2',
  'KR:D-4-1': 'krD41',
  'KR:D-10-1': 'krD101',
  'KR:E-7-1': 'krE71',
  'KR:H-1': 'krH1',
  'JP:ryugaku': 'jpRyugaku',
  'JP:tokutei-katsudo': 'jpTokuteiKatsudo',
  'JP:tokutei-katsudo:9': 'jpTk9',
  'JP:tokutei-katsudo:46': 'jpTk46',
  'JP:gijinkoku': 'jpGijinkoku',
  'JP:working-holiday': 'jpWorkingHoliday',
} as const;

export type KnownStatus = keyof typeof STATUS_KEYS;

/** The statuses a person can pick as "current" or "earlier", in the order of the two directions. */
export const PICKABLE_STATUSES = Object.keys(STATUS_KEYS) as KnownStatus[];

function isKnownStatus(code: string): code is KnownStatus {
  return Object.hasOwn(STATUS_KEYS, code);
}

/**
 * A function naming a status code with its country and official name (韓国：一般求職（D-10-1）,
 * 일본: 기술·인문지식·국제업무, Korea D-10-1 General job seeking); sub-codes (KR:D-2-2) and unknown codes keep
 * their code beside the country, never a bare translation.
 */
export function useStatusName(): (code: string | null | undefined) => string {
  const { t } = useTranslation();
  return (code) => {
    if (!code) return t('match.statuses.none');
    if (isKnownStatus(code)) return t(`match.statuses.${STATUS_KEYS[code]}`);
    const [country, ...rest] = code.split(':');
    const local = rest.join(':');
    if (country === 'KR' && /^D-2-\d$/.test(local)) return t('match.statuses.krD2Sub', { code: local });
    if (country === 'KR') return t('match.statuses.krOther', { code: local });
    if (country === 'JP') return t('match.statuses.jpOther', { code: local });
    return code;
  };
}
