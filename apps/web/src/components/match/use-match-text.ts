import { useTranslation } from 'react-i18next';
import { useVisaCatalog } from '../pathway/api/get-visa-catalog';
import { isTranslationKey } from '../../lib/i18n';
import { useSkillName } from './api/get-skills';
import { formatDay, formatPay, formatPayRange, type Currency, type PayPeriod } from './format';
import { useLocalized } from './localized-text';
import type { ExplanationItem, Gate, Viewer } from './match-types';
import { useStatusName } from './status-name';
import { countryName } from '../../lib/format';

type Params = Record<string, unknown>;

const LEVEL_TESTS = new Set(['JLPT', 'TOPIK', 'KIIP']);
const SALARY_EMPLOYER_OUTCOMES = new Set(['meets-floor', 'floor-within-band', 'below-floor']);

const asString = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const asNumber = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const asList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : []);

/**
 * Words for the matching engine's explanation items and gates: each `messageKey` is a key of the match
 * locale fragment; its params (skill ids, level strings, codes, amounts, dates) are named here first.
 */
export function useMatchText() {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const skillName = useSkillName();
  const statusName = useStatusName();
  const localized = useLocalized();
  const catalog = useVisaCatalog();
  const separator = t('match.listSeparator');

  const region = (code: string) => countryName(code, locale);
  const list = (values: string[], name: (value: string) => string = (value) => value) =>
    values.length > 0 ? values.map(name).join(separator) : t('match.values.none');
  /** "TOPIK 5" → TOPIK 5級, "BJT 480" → BJT 480点, "native" → ネイティブ. */
  const languageLevel = (value: string) => {
    if (value === 'native') return t('match.values.native');
    if (value === 'none') return t('match.values.none');
    const [test, level] = value.split(/\s+/, 2);
    if (!level) return value;
    if (test === 'TOPIK' || test === 'KIIP') return t(`match.values.langLevel.${test}`, { level });
    if (LEVEL_TESTS.has(test)) return value;
    return t('match.values.langLevel.score', { test, level });
  };
  const education = (value: string) => {
    const key = `match.values.education.${value}`;
    return isTranslationKey(key) ? t(key) : value;
  };
  const employmentType = (value: string) => {
    const key = `match.values.employmentType.${value}`;
    return isTranslationKey(key) ? t(key) : value;
  };
  const target = (code: string | undefined) => {
    if (!code) return t('match.values.none');
    const known = catalog.data?.targets.find((entry) => entry.code === code);
    return known ? localized(known.label) : statusName(code.split(':').slice(0, 2).join(':'));
  };
  const day = (value: unknown) => (asString(value) ? formatDay(String(value), locale) : '');

  /** Every param the messages use, named in the reader's language. */
  const named = (params: Params): Record<string, string | number> => {
    const currency = (asString(params.currency) ?? 'KRW') as Currency;
    const period = (asString(params.period) ?? 'year') as PayPeriod;
    const months = asNumber(params.months) ?? asNumber(params.relatedMonths) ?? 0;
    const country = asString(params.country);
    const city = asString(params.city);
    return {
      missingRequired: list(asList(params.missingRequired), skillName),
      required: languageOrEducation(params.required),
      held: languageOrEducation(params.held),
      unmet: list(asList(params.unmet), languageLevel),
      fieldFit: t(`match.values.fieldFit.${(asString(params.fieldFit) ?? 'unknown') as 'related' | 'unrelated' | 'unknown'}`),
      duration: t('match.values.months', { count: months }),
      offered: formatPayRange(t, locale, { min: asNumber(params.offeredMin), max: asNumber(params.offeredMax) }, currency, period),
      floor:
        asNumber(params.floor) !== undefined
          ? formatPay(t, locale, asNumber(params.floor) ?? 0, (asString(params.floorCurrency) ?? currency) as Currency, 'year')
          : '',
      shortfall: asNumber(params.shortfallPercent) ?? '',
      place: country && city ? t('match.values.place', { country: region(country), city }) : country ? region(country) : '',
      currentCountry: asString(params.currentCountry) ? region(String(params.currentCountry)) : '',
      country: country ? region(country) : '',
      wishedCountries: list(asList(params.wishedCountries), region),
      employmentType: asString(params.employmentType) ? employmentType(String(params.employmentType)) : '',
      wishedEmploymentTypes: list(asList(params.wishedEmploymentTypes), employmentType),
      jobCode: asString(params.jobCode) ?? '',
      wishedCode: asString(params.wishedCode) ?? '',
      startDate: day(params.startDate),
      availableFrom: day(params.availableFrom),
      availableReason: t(`match.values.availableReason.${(asString(params.availableReason) ?? 'wish') as 'now' | 'wish' | 'graduation'}`),
      daysLate: asNumber(params.daysLate) ?? '',
      daysEarly: asNumber(params.daysEarly) ?? '',
      deadline: day(params.deadline),
      target: target(asString(params.target)),
      leadDays: asNumber(params.leadDays) ?? '',
      daysUntilStart: asNumber(params.daysUntilStart) ?? '',
      statusExpiresAt: day(params.statusExpiresAt),
    };

    function languageOrEducation(value: unknown): string {
      const text = asString(value);
      if (!text) return t('match.values.none');
      return /\s/.test(text) || text === 'native' ? languageLevel(text) : education(text);
    }
  };

  const message = (key: string, params: Params): string => (isTranslationKey(key) ? t(key, named(params)) : key);

  return {
    /** The sentence of one explanation item, from the viewer's side. */
    explain(item: ExplanationItem, viewer: Viewer): string {
      const outcome = item.messageKey.split('.').pop() ?? '';
      if (viewer === 'employer' && item.factor === 'salary' && SALARY_EMPLOYER_OUTCOMES.has(outcome)) {
        return message(`match.salaryEmployer.${outcome}`, item.params);
      }
      return message(item.messageKey, item.params);
    },
    /** The visa item's warnings (lead time too short, stay ending before the start …). */
    warnings(item: ExplanationItem): string[] {
      return asList(item.params.warnings).map((warning) => message(`match.visa.warning.${warning}`, item.params));
    },
    /** A failed hard requirement in plain words. */
    gate(gate: Gate): string {
      return message(gate.messageKey, gate.params);
    },
    skillName,
    target,
  };
}
