import type { CountryCode, IsoDate, LanguageTestResult, MarketCountry, Pay } from '@hashidari/domain-core';

export const EMPLOYMENT_TYPES = ['internship', 'full-time', 'contract'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/** Ordered from lowest to highest, so that the index is the ordinal used for comparisons. */
export const EDUCATION_LEVELS = ['high-school', 'vocational', 'associate', 'bachelor', 'master', 'doctor'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const PROFILE_VISIBILITIES = ['private', 'applied', 'verified-employers'] as const;
/** private: nobody; applied: employers of postings I applied to; verified-employers: every verified employer. */
export type ProfileVisibility = (typeof PROFILE_VISIBILITIES)[number];

export interface EducationEntry {
  level: EducationLevel;
  institution?: string;
  country?: CountryCode;
  field?: string;
  startDate?: IsoDate;
  graduationDate?: IsoDate;
  gpa?: number;
  gpaScale?: number;
}

export interface ExperienceEntry {
  title?: string;
  occupationCode?: string;
  months: number;
  country?: CountryCode;
}

export interface Wishes {
  countries?: MarketCountry[];
  occupationCodes?: string[];
  employmentTypes?: EmploymentType[];
  salaryFloor?: Pay;
  startFrom?: IsoDate;
}

export interface CandidateProfile {
  displayName?: string;
  familyName?: string;
  givenName?: string;
  /** フリガナ for Japanese names, a romanisation for Korean names */
  nameReading?: string;
  nationality?: CountryCode;
  birthDate?: IsoDate;
  currentCountry?: CountryCode;
  /** e.g. KR:D-2, JP:ryugaku */
  currentStatus?: string;
  statusExpiresAt?: IsoDate;
  education: EducationEntry[];
  languageTests: LanguageTestResult[];
  skills: string[];
  experience: ExperienceEntry[];
  wishes: Wishes;
  visibility: ProfileVisibility;
}

export function educationOrdinal(level: EducationLevel | undefined | null): number {
  return level ? EDUCATION_LEVELS.indexOf(level) : -1;
}

export function highestEducation(education: readonly EducationEntry[]): EducationLevel | undefined {
  return education.reduce<EducationLevel | undefined>(
    (best, entry) => (educationOrdinal(entry.level) > educationOrdinal(best) ? entry.level : best),
    undefined,
  );
}

export type ProfileSection = 'identity' | 'status' | 'education' | 'languages' | 'skills' | 'experience' | 'wishes';

/** How complete a profile is, by the sections that matter for matching and visa checks. */
export function profileCompleteness(profile: CandidateProfile): { percent: number; missing: ProfileSection[] } {
  const checks: [ProfileSection, boolean][] = [
    ['identity', Boolean(profile.displayName && profile.nationality && profile.birthDate)],
    ['status', Boolean(profile.currentCountry && profile.currentStatus && profile.statusExpiresAt)],
    ['education', profile.education.length > 0],
    ['languages', profile.languageTests.length > 0],
    ['skills', profile.skills.length > 0],
    ['experience', profile.experience.length > 0],
    ['wishes', Boolean(profile.wishes.countries?.length && profile.wishes.employmentTypes?.length)],
  ];
  const missing = checks.filter(([, done]) => !done).map(([section]) => section);
  return { percent: Math.round(((checks.length - missing.length) / checks.length) * 100), missing };
}
