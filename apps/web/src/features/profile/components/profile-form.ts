import { isIsoDate, marketDay } from '@hashidari/domain-core';
import { z } from 'zod';
import type { CandidateProfile } from '../api/get-my-profile';
import type { ProfileBody } from '../api/save-my-profile';
import { isLevelTest, isScoreTest, SCORE_RANGES } from './language-tests';

export const STEPS = ['identity', 'status', 'education', 'languages', 'skills', 'experience', 'wishes', 'visibility'] as const;
export type StepId = (typeof STEPS)[number];

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEPS as readonly string[]).includes(value);
}

/** The top-level fields each step edits; an error on `education.0.gpa` belongs to the education step. */
const STEP_FIELDS: Record<StepId, readonly string[]> = {
  identity: ['displayName', 'familyName', 'givenName', 'nameReading', 'nationality', 'birthDate'],
  status: ['currentCountry', 'currentStatus', 'statusExpiresAt'],
  education: ['education'],
  languages: ['languageTests'],
  skills: ['skills', 'otherSkills'],
  experience: ['experience'],
  wishes: ['wishes'],
  visibility: ['visibility'],
};

export function stepOfPath(path: string): StepId | undefined {
  const top = path.split('.')[0];
  return STEPS.find((step) => STEP_FIELDS[step].includes(top));
}

export const EDUCATION_LEVELS = ['high-school', 'vocational', 'associate', 'bachelor', 'master', 'doctor'] as const;
export const GPA_SCALES = ['4.5', '4.3', '4.0', '100'] as const;
export const EMPLOYMENT_TYPES = ['full-time', 'internship', 'contract'] as const;
export const VISIBILITIES = ['private', 'applied', 'verified-employers'] as const;
export const CURRENCIES = ['KRW', 'JPY'] as const;
export const PAY_PERIODS = ['year', 'month', 'hour'] as const;

// Messages are translation keys, translated when shown so that they follow a language switch.
const dateOrEmpty = z
  .string()
  .refine((value) => value === '' || isIsoDate(value), { error: 'profile.validation.date' });
const optionalNumber = z.union([z.number(), z.literal('')]);
const text = (max: number) => z.string().trim().max(max, { error: 'profile.validation.tooLong' });

const educationSchema = z
  .object({
    level: z.enum(EDUCATION_LEVELS, { error: 'profile.validation.educationLevel' }),
    institution: text(200),
    country: z.string(),
    field: text(200),
    startDate: dateOrEmpty,
    graduationDate: dateOrEmpty,
    gpa: optionalNumber,
    gpaScale: z.enum(GPA_SCALES),
  })
  .superRefine((entry, ctx) => {
    if (entry.startDate && entry.graduationDate && entry.graduationDate < entry.startDate) {
      ctx.addIssue({ code: 'custom', path: ['graduationDate'], message: 'profile.validation.graduationBeforeStart' });
    }
    if (entry.gpa !== '' && (entry.gpa < 0 || entry.gpa > Number(entry.gpaScale))) {
      ctx.addIssue({ code: 'custom', path: ['gpa'], message: 'profile.validation.gpaAboveScale' });
    }
  });

const languageTestSchema = z
  .object({
    test: z.enum(['JLPT', 'TOPIK', 'BJT', 'KIIP', 'TOEIC', 'TOEFL', 'IELTS'], { error: 'profile.validation.test' }),
    level: z.string(),
    score: optionalNumber,
    date: dateOrEmpty,
  })
  .superRefine((entry, ctx) => {
    if (isLevelTest(entry.test) && entry.level === '') {
      ctx.addIssue({ code: 'custom', path: ['level'], message: 'profile.validation.level' });
    }
    if (isScoreTest(entry.test)) {
      const range = SCORE_RANGES[entry.test];
      if (entry.score === '') ctx.addIssue({ code: 'custom', path: ['score'], message: 'profile.validation.score' });
      else if (entry.score < range.min || entry.score > range.max) {
        ctx.addIssue({ code: 'custom', path: ['score'], message: 'profile.validation.scoreRange' });
      }
    }
  });

const experienceSchema = z.object({
  title: text(200),
  occupationCode: z.string(),
  months: z.union([z.number().int({ error: 'profile.validation.months' }).min(0).max(600, { error: 'profile.validation.months' }), z.literal('')]).refine(
    // (not a type guard: the form's input and output types must stay the same)
    (value) => String(value) !== '',
    { error: 'profile.validation.months' },
  ),
  country: z.string(),
});

export const profileSchema = z.object({
  displayName: text(100),
  familyName: text(100),
  givenName: text(100),
  nameReading: text(200),
  nationality: z.string(),
  birthDate: dateOrEmpty.refine((value) => value === '' || value < today(), { error: 'profile.validation.birthDate' }),
  currentCountry: z.string(),
  currentStatus: z.string(),
  statusExpiresAt: dateOrEmpty,
  education: z.array(educationSchema).max(10),
  languageTests: z.array(languageTestSchema).max(20),
  skills: z.array(z.string()).max(50),
  otherSkills: z.array(z.string().max(60, { error: 'profile.validation.tooLong' })),
  experience: z.array(experienceSchema).max(20),
  wishes: z.object({
    countries: z.array(z.enum(['KR', 'JP'])),
    occupationCodes: z.array(z.string()).max(20),
    employmentTypes: z.array(z.enum(EMPLOYMENT_TYPES)),
    salaryFloor: z.object({
      amount: z.union([z.number().int({ error: 'profile.validation.amount' }).min(0, { error: 'profile.validation.amount' }), z.literal('')]),
      currency: z.enum(CURRENCIES),
      period: z.enum(PAY_PERIODS),
    }),
    startFrom: dateOrEmpty,
  }),
  visibility: z.enum(VISIBILITIES),
});

export type ProfileFormValues = z.infer<typeof profileSchema>;
export type EducationValues = ProfileFormValues['education'][number];
export type LanguageTestValues = ProfileFormValues['languageTests'][number];
export type ExperienceValues = ProfileFormValues['experience'][number];

export const EMPTY_EDUCATION: EducationValues = {
  level: 'bachelor',
  institution: '',
  country: '',
  field: '',
  startDate: '',
  graduationDate: '',
  gpa: '',
  gpaScale: '4.5',
};

export const EMPTY_LANGUAGE_TEST: LanguageTestValues = { test: 'JLPT', level: '', score: '', date: '' };
export const EMPTY_EXPERIENCE: ExperienceValues = { title: '', occupationCode: '', months: '', country: '' };

function today(): string {
  return marketDay(new Date());
}

function scaleOf(value: number | undefined): EducationValues['gpaScale'] {
  const found = GPA_SCALES.find((scale) => Number(scale) === value);
  return found ?? '4.5';
}

/** The form's values for a loaded profile (absent values become empty inputs). */
export function toFormValues(profile: CandidateProfile): ProfileFormValues {
  const salary = profile.wishes.salaryFloor;
  return {
    displayName: profile.displayName ?? '',
    familyName: profile.familyName ?? '',
    givenName: profile.givenName ?? '',
    nameReading: profile.nameReading ?? '',
    nationality: profile.nationality ?? '',
    birthDate: profile.birthDate ?? '',
    currentCountry: profile.currentCountry ?? '',
    currentStatus: profile.currentStatus ?? '',
    statusExpiresAt: profile.statusExpiresAt ?? '',
    education: profile.education.map((entry) => ({
      level: entry.level,
      institution: entry.institution ?? '',
      country: entry.country ?? '',
      field: entry.field ?? '',
      startDate: entry.startDate ?? '',
      graduationDate: entry.graduationDate ?? '',
      gpa: entry.gpa ?? '',
      gpaScale: scaleOf(entry.gpaScale),
    })),
    languageTests: profile.languageTests.map((entry) => ({
      test: entry.test,
      level: entry.level === undefined ? '' : String(entry.level),
      score: entry.score ?? '',
      date: entry.date ?? '',
    })),
    skills: profile.skills,
    otherSkills: profile.otherSkills,
    experience: profile.experience.map((entry) => ({
      title: entry.title ?? '',
      occupationCode: entry.occupationCode ?? '',
      months: entry.months,
      country: entry.country ?? '',
    })),
    wishes: {
      countries: profile.wishes.countries ?? [],
      occupationCodes: profile.wishes.occupationCodes ?? [],
      employmentTypes: profile.wishes.employmentTypes ?? [],
      salaryFloor: { amount: salary?.amount ?? '', currency: salary?.currency ?? 'KRW', period: salary?.period ?? 'year' },
      startFrom: profile.wishes.startFrom ?? '',
    },
    visibility: profile.visibility,
  };
}

const orUndefined = (value: string) => (value.trim() === '' ? undefined : value.trim());

/**
 * The PUT body: the WHOLE profile. Starts from the loaded profile (so that fields this form does not edit
 * are sent back unchanged) and writes the form's values over it.
 */
export function toProfileBody(loaded: CandidateProfile, values: ProfileFormValues): ProfileBody {
  // Read-only fields are answered by the API but refused in a PUT.
  const { id: _id, completeness: _completeness, otherSkills: _other, updatedAt: _updated, ...editable } = loaded;
  const kept = Object.fromEntries(Object.entries(editable).filter(([, value]) => value !== null)) as ProfileBody;
  const familyName = orUndefined(values.familyName);
  const givenName = orUndefined(values.givenName);
  const salary = values.wishes.salaryFloor;
  return {
    ...kept,
    // Employers see the display name first; without one, the name as written family-first.
    displayName: orUndefined(values.displayName) ?? (familyName || givenName ? [familyName, givenName].filter(Boolean).join(' ') : undefined),
    familyName,
    givenName,
    nameReading: orUndefined(values.nameReading),
    nationality: orUndefined(values.nationality),
    birthDate: orUndefined(values.birthDate),
    currentCountry: orUndefined(values.currentCountry),
    currentStatus: orUndefined(values.currentStatus),
    statusExpiresAt: orUndefined(values.statusExpiresAt),
    education: values.education.map((entry) => ({
      level: entry.level,
      institution: orUndefined(entry.institution),
      country: orUndefined(entry.country),
      field: orUndefined(entry.field),
      startDate: orUndefined(entry.startDate),
      graduationDate: orUndefined(entry.graduationDate),
      ...(entry.gpa === '' ? {} : { gpa: entry.gpa, gpaScale: Number(entry.gpaScale) }),
    })),
    languageTests: values.languageTests.map((entry) => ({
      test: entry.test,
      ...(isLevelTest(entry.test) ? { level: entry.test === 'JLPT' ? entry.level : Number(entry.level) } : {}),
      ...(isScoreTest(entry.test) && entry.score !== '' ? { score: entry.score } : {}),
      date: orUndefined(entry.date),
    })),
    // Free-text skills go back too: the API maps what it recognises and keeps the rest as otherSkills.
    skills: [...values.skills, ...values.otherSkills],
    experience: values.experience.map((entry) => ({
      title: orUndefined(entry.title),
      occupationCode: orUndefined(entry.occupationCode),
      months: entry.months === '' ? 0 : entry.months,
      country: orUndefined(entry.country),
    })),
    wishes: {
      countries: values.wishes.countries,
      occupationCodes: values.wishes.occupationCodes,
      employmentTypes: values.wishes.employmentTypes,
      salaryFloor: salary.amount === '' ? undefined : { amount: salary.amount, currency: salary.currency, period: salary.period },
      startFrom: orUndefined(values.wishes.startFrom),
    },
    visibility: values.visibility,
  };
}
