import { z } from 'zod';
import type { PlacedFieldError } from '../../../lib/employer-field-errors';
import type { TranslationKey } from '../../../lib/i18n';
import type { CreateJobInput } from '../api/create-job';
import type { Job } from '../api/get-organization-jobs';
import type { UpdateJobInput } from '../api/update-job';
import { CURRENCY_OF_COUNTRY } from './salary-format';

export const TEXT_LANGUAGES = ['ja', 'ko', 'en'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];
export const COUNTRIES = ['KR', 'JP'] as const;
export const EMPLOYMENT_TYPES = ['full-time', 'contract', 'internship'] as const;
export const PAY_PERIODS = ['year', 'month', 'hour'] as const;
export const EDUCATION_LEVELS = ['high-school', 'vocational', 'associate', 'bachelor', 'master', 'doctor'] as const;
export const LANGUAGE_TESTS = ['JLPT', 'TOPIK', 'BJT', 'KIIP', 'TOEIC', 'TOEFL', 'IELTS'] as const;
export type LanguageTest = (typeof LANGUAGE_TESTS)[number];

/** Tests with ordinal levels and the levels offered, best first (JLPT N1 and TOPIK 6 are the top). */
export const TEST_LEVELS: Partial<Record<LanguageTest, readonly string[]>> = {
  JLPT: ['N1', 'N2', 'N3', 'N4', 'N5'],
  TOPIK: ['6', '5', '4', '3', '2', '1'],
  KIIP: ['5', '4', '3', '2', '1', '0'],
};

/** Tests with scores and their range (and step). */
export const TEST_SCORES: Partial<Record<LanguageTest, { min: number; max: number; step: number }>> = {
  BJT: { min: 0, max: 800, step: 1 },
  TOEIC: { min: 10, max: 990, step: 5 },
  TOEFL: { min: 0, max: 120, step: 1 },
  IELTS: { min: 0, max: 9, step: 0.5 },
};

const texts = (max: number, message: TranslationKey) => {
  const text = z.string().max(max, { error: message });
  return z.object({ ja: text, ko: text, en: text });
};

const amount = z.union([
  z.literal(''),
  z
    .number({ error: 'postings.validation.wholeNumber' })
    .int({ error: 'postings.validation.wholeNumber' })
    .min(0, { error: 'postings.validation.amountMin' })
    .max(10_000_000_000, { error: 'postings.validation.amountMax' }),
]);

const isoDate = z.union([z.literal(''), z.iso.date({ error: 'postings.validation.date' })]);

const languageRequirement = z
  .object({ test: z.enum(LANGUAGE_TESTS), level: z.string(), score: z.union([z.literal(''), z.number()]) })
  .superRefine((requirement, context) => {
    const levels = TEST_LEVELS[requirement.test];
    if (levels && !levels.includes(requirement.level)) {
      context.addIssue({ code: 'custom', path: ['level'], message: 'postings.validation.levelRequired' });
    }
    const range = TEST_SCORES[requirement.test];
    if (range && (requirement.score === '' || requirement.score < range.min || requirement.score > range.max)) {
      context.addIssue({ code: 'custom', path: ['score'], message: `postings.validation.score${requirement.test as 'BJT'}` });
    }
  });

export const postingSchema = z
  .object({
    title: texts(200, 'postings.validation.titleTooLong'),
    description: texts(20_000, 'postings.validation.descriptionTooLong'),
    country: z.enum(COUNTRIES),
    city: z.string().trim().max(80, { error: 'postings.validation.cityTooLong' }),
    occupationCode: z.string().trim().max(12, { error: 'postings.validation.codeTooLong' }),
    employmentType: z.enum(EMPLOYMENT_TYPES),
    salary: z.object({ min: amount, max: amount, period: z.enum(PAY_PERIODS) }),
    languageRequirements: z.array(languageRequirement).max(6),
    requiredSkills: z.array(z.string()).max(30, { error: 'postings.validation.tooManySkills' }),
    preferredSkills: z.array(z.string()).max(30, { error: 'postings.validation.tooManySkills' }),
    educationLevel: z.union([z.literal(''), z.enum(EDUCATION_LEVELS)]),
    sponsorship: z.boolean(),
    startDate: isoDate,
    deadline: isoDate,
    conversionTrack: z.object({
      enabled: z.boolean(),
      toEmploymentType: z.enum(['full-time', 'contract']),
      afterMonths: z.union([
        z.literal(''),
        z
          .number({ error: 'postings.validation.wholeNumber' })
          .int({ error: 'postings.validation.wholeNumber' })
          .min(1, { error: 'postings.validation.monthsRange' })
          .max(24, { error: 'postings.validation.monthsRange' }),
      ]),
      description: texts(2_000, 'postings.validation.descriptionTooLong'),
    }),
  })
  .superRefine((values, context) => {
    if (TEXT_LANGUAGES.every((language) => values.title[language].trim() === '')) {
      context.addIssue({ code: 'custom', path: ['title'], message: 'postings.validation.titleRequired' });
    }
    const { min, max } = values.salary;
    if (min !== '' && max !== '' && max < min) {
      context.addIssue({ code: 'custom', path: ['salary', 'max'], message: 'postings.validation.maxBelowMin' });
    }
    if (values.startDate && values.deadline && values.deadline > values.startDate) {
      context.addIssue({ code: 'custom', path: ['deadline'], message: 'postings.validation.deadlineAfterStart' });
    }
  });

export type PostingFormValues = z.infer<typeof postingSchema>;
export type LanguageRequirementValues = PostingFormValues['languageRequirements'][number];

const noTexts = { ja: '', ko: '', en: '' };

export function emptyPosting(country: 'KR' | 'JP'): PostingFormValues {
  return {
    title: { ...noTexts },
    description: { ...noTexts },
    country,
    city: '',
    occupationCode: '',
    employmentType: 'full-time',
    salary: { min: '', max: '', period: 'year' },
    languageRequirements: [],
    requiredSkills: [],
    preferredSkills: [],
    educationLevel: '',
    sponsorship: true,
    startDate: '',
    deadline: '',
    conversionTrack: { enabled: false, toEmploymentType: 'full-time', afterMonths: '', description: { ...noTexts } },
  };
}

const textsOf = (text: { ja?: string; ko?: string; en?: string } | undefined) => ({
  ja: text?.ja ?? '',
  ko: text?.ko ?? '',
  en: text?.en ?? '',
});

export function formValuesOf(job: Job): PostingFormValues {
  const track = job.conversionTrack;
  return {
    title: textsOf(job.title),
    description: textsOf(job.description),
    country: job.country,
    city: job.city ?? '',
    occupationCode: job.occupationCode ?? '',
    employmentType: job.employmentType,
    salary: { min: job.salary?.min ?? '', max: job.salary?.max ?? '', period: job.salary?.period ?? 'year' },
    languageRequirements: job.languageRequirements.map((requirement) => ({
      test: requirement.test,
      level: requirement.level === undefined ? '' : String(requirement.level),
      score: requirement.score ?? '',
    })),
    requiredSkills: job.requiredSkills,
    // Skills the taxonomy does not know come back apart; they are kept (sent again) with the preferred ones.
    preferredSkills: [...job.preferredSkills, ...job.otherSkills],
    educationLevel: job.educationLevel ?? '',
    sponsorship: job.sponsorship,
    startDate: job.startDate ?? '',
    deadline: job.deadline ?? '',
    conversionTrack: {
      enabled: track !== null,
      toEmploymentType: track?.toEmploymentType ?? 'full-time',
      afterMonths: track?.afterMonths ?? '',
      description: textsOf(track?.description),
    },
  };
}

function filledTexts(text: Record<TextLanguage, string>) {
  return Object.fromEntries(
    TEXT_LANGUAGES.map((language) => [language, text[language].trim()]).filter(([, value]) => value !== ''),
  );
}

function languageRequirementBody({ test, level, score }: LanguageRequirementValues) {
  if (TEST_LEVELS[test]) return { test, level: test === 'JLPT' ? level : Number(level) };
  return { test, ...(score === '' ? {} : { score }) };
}

/** The facts of the form as PATCH /jobs/:id takes them; empty optional fields are cleared (null). */
export function updateBody(values: PostingFormValues): UpdateJobInput {
  const { min, max, period } = values.salary;
  const track = values.conversionTrack;
  const internship = values.employmentType === 'internship';
  return {
    title: filledTexts(values.title),
    description: filledTexts(values.description),
    country: values.country,
    city: values.city.trim() || null,
    occupationCode: values.occupationCode.trim() || null,
    employmentType: values.employmentType,
    salary:
      min === '' && max === ''
        ? null
        : { ...(min === '' ? {} : { min }), ...(max === '' ? {} : { max }), currency: CURRENCY_OF_COUNTRY[values.country], period },
    languageRequirements: values.languageRequirements.map(languageRequirementBody),
    requiredSkills: values.requiredSkills,
    preferredSkills: values.preferredSkills.filter((skill) => !values.requiredSkills.includes(skill)),
    educationLevel: values.educationLevel || null,
    sponsorship: values.sponsorship,
    startDate: values.startDate || null,
    deadline: values.deadline || null,
    conversionTrack:
      internship && track.enabled
        ? {
            toEmploymentType: track.toEmploymentType,
            ...(track.afterMonths === '' ? {} : { afterMonths: track.afterMonths }),
            ...(Object.keys(filledTexts(track.description)).length > 0 ? { description: filledTexts(track.description) } : {}),
          }
        : null,
  };
}

/** The body of POST /jobs: the same facts, without the empty ones. */
export function createBody(organizationId: string, values: PostingFormValues): CreateJobInput {
  const body = updateBody(values);
  const present = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null && value !== undefined));
  return { ...(present as Omit<CreateJobInput, 'organizationId'>), organizationId };
}

type FieldPath = PlacedFieldError<PostingFormValues>['field'];

const SIMPLE_FIELDS = ['country', 'city', 'occupationCode', 'employmentType', 'educationLevel', 'sponsorship', 'startDate'] as const;

/** Where a 422 detail of POST/PATCH /jobs goes, and which message it gets (some depend on the API's issue). */
export function placePostingError(path: string, issue = ''): PlacedFieldError<PostingFormValues> | null {
  const at = (field: FieldPath, message: TranslationKey) => ({ field, message });
  const simple = SIMPLE_FIELDS.find((name) => path === name);
  if (simple) return at(simple, `postings.serverErrors.${simple}`);
  if (path === 'deadline') {
    return at('deadline', issue.includes('start date') ? 'postings.validation.deadlineAfterStart' : 'postings.serverErrors.deadline');
  }
  if (path === 'title' || path.startsWith('title.')) return at('title', 'postings.serverErrors.title');
  if (path === 'description' || path.startsWith('description.')) return at('description', 'postings.serverErrors.description');
  if (path === 'salary.max') {
    return at('salary.max', issue.includes('salary.min') ? 'postings.validation.maxBelowMin' : 'postings.serverErrors.salaryAmount');
  }
  if (path === 'salary.min') return at('salary.min', 'postings.serverErrors.salaryAmount');
  if (path === 'salary.period') return at('salary.period', 'postings.serverErrors.salaryPeriod');
  if (path === 'salary' || path.startsWith('salary.')) return at('salary', 'postings.serverErrors.salary');
  const language = /^languageRequirements\.(\d+)\.(level|score|test)$/.exec(path);
  if (language) {
    const [, index, part] = language;
    return at(`languageRequirements.${Number(index)}.${part as 'level' | 'score' | 'test'}`, `postings.serverErrors.language.${part as 'level' | 'score' | 'test'}`);
  }
  if (path.startsWith('languageRequirements')) return at('languageRequirements', 'postings.serverErrors.languageRequirements');
  if (path.startsWith('requiredSkills')) return at('requiredSkills', 'postings.serverErrors.skills');
  if (path.startsWith('preferredSkills')) return at('preferredSkills', 'postings.serverErrors.skills');
  if (path === 'conversionTrack.afterMonths') return at('conversionTrack.afterMonths', 'postings.validation.monthsRange');
  if (path === 'conversionTrack.toEmploymentType') return at('conversionTrack.toEmploymentType', 'postings.serverErrors.conversionType');
  if (path.startsWith('conversionTrack.description')) return at('conversionTrack.description', 'postings.serverErrors.description');
  if (path.startsWith('conversionTrack')) return at('conversionTrack.enabled', 'postings.serverErrors.conversionTrack');
  return null;
}
