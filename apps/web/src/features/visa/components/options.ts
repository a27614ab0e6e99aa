import { countryName } from '../../../lib/format';
import { useTranslation } from 'react-i18next';
import { PICKABLE_STATUSES, useStatusName } from '../../../components/match/status-name';
import type { Option } from './fields/controls';

export const COUNTRIES = ['JP', 'KR', 'CN', 'TW', 'VN', 'MN', 'PH', 'TH', 'ID', 'IN', 'US'] as const;
export const DEGREE_LEVELS = ['associate', 'bachelor', 'master', 'doctor'] as const;
export const INSTITUTION_TYPES = ['university', 'graduate-school', 'junior-college', 'vocational', 'language-school'] as const;
export const DUTIES = [
  'translation',
  'interpretation',
  'language-teaching',
  'sales',
  'marketing',
  'engineering',
  'research',
  'management',
  'office',
  'service',
  'customer-communication',
  'manual-labour',
] as const;
export const EMPLOYMENT_TYPES = ['full-time', 'internship', 'part-time', 'contract'] as const;
export const LANGUAGE_TESTS = ['JLPT', 'TOPIK', 'BJT', 'KIIP', 'TOEIC', 'TOEFL', 'IELTS'] as const;
export type LanguageTestName = (typeof LANGUAGE_TESTS)[number];

/** Tests passed at a level (the rest give a score). The scales run in opposite directions (glossary §4). */
export const LEVELS: Partial<Record<LanguageTestName, readonly string[]>> = {
  JLPT: ['N1', 'N2', 'N3', 'N4', 'N5'],
  TOPIK: ['6', '5', '4', '3', '2', '1'],
  KIIP: ['5', '4', '3', '2', '1', '0'],
};

export const SCORE_MAX: Partial<Record<LanguageTestName, number>> = { BJT: 800, TOEIC: 990, TOEFL: 120, IELTS: 9 };

/** The choices of the form's selects, in the reader's language. */
export function useOptions() {
  const { t, i18n } = useTranslation();
  const statusName = useStatusName();
  const locale = i18n.resolvedLanguage ?? 'en';
  const country = (code: string) => countryName(code, locale);

  const countries: Option[] = COUNTRIES.map((code) => ({ value: code, label: country(code) }));
  const degreeLevels: Option[] = DEGREE_LEVELS.map((value) => ({ value, label: t(`visa.options.degree.${value}`) }));
  const institutionTypes: Option[] = INSTITUTION_TYPES.map((value) => ({ value, label: t(`visa.options.institution.${value}`) }));
  const duties: Option[] = DUTIES.map((value) => ({ value, label: t(`visa.options.duty.${value}`) }));
  const employmentTypes: Option[] = EMPLOYMENT_TYPES.map((value) => ({ value, label: t(`visa.options.employment.${value}`) }));
  const languageTests: Option[] = LANGUAGE_TESTS.map((value) => ({ value, label: t(`visa.options.test.${value}`) }));
  const statuses: { group: string; items: Option[] }[] = (['KR', 'JP'] as const).map((code) => ({
    group: country(code),
    items: PICKABLE_STATUSES.filter((status) => status.startsWith(`${code}:`)).map((status) => ({ value: status, label: statusName(status) })),
  }));
  const levels = (test: string): Option[] =>
    (LEVELS[test as LanguageTestName] ?? []).map((level, index) => ({
      value: level,
      label: index === 0 ? t('visa.options.levelTop', { level: levelLabel(test, level) }) : levelLabel(test, level),
    }));
  const levelLabel = (test: string, level: string) => (test === 'JLPT' ? level : t(`visa.options.levelUnit.${test === 'KIIP' ? 'KIIP' : 'TOPIK'}`, { level }));
  const jpCategories: Option[] = ['1', '2', '3', '4'].map((value) => ({ value, label: t('visa.options.jpCategory', { category: value }) }));
  const currencies: Option[] = [
    { value: 'KRW', label: t('visa.options.currency.KRW') },
    { value: 'JPY', label: t('visa.options.currency.JPY') },
  ];
  const periods: Option[] = (['year', 'month', 'hour'] as const).map((value) => ({ value, label: t(`visa.options.period.${value}`) }));

  return { countries, degreeLevels, institutionTypes, duties, employmentTypes, languageTests, statuses, levels, jpCategories, currencies, periods, country };
}
