import type { CountryCode, IsoDate, LanguageTestResult, Pay } from '@hashidari/domain-core';
import type { StatusCode } from './status-code';
import type { Target } from './targets';

/** The body of `POST /api/v1/visa/eligibility` (PRODUCT.md). Every fact is optional: a missing fact
 *  the decision needs gives `needs_review` with a reason that names its path. */
export interface EligibilityRequest {
  target: Target;
  evalDate: IsoDate;
  person?: PersonFacts;
  job?: JobFacts;
}

export const DEGREE_LEVELS = ['associate', 'bachelor', 'master', 'doctor'] as const;
export type DegreeLevel = (typeof DEGREE_LEVELS)[number];

export const INSTITUTION_TYPES = [
  'university',
  'graduate-school',
  'junior-college',
  'vocational',
  'language-school',
] as const;
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];

export interface EducationFacts {
  level?: DegreeLevel;
  /** ISO code of the country that awarded the degree */
  country?: CountryCode;
  field?: string;
  graduationDate?: IsoDate;
  institution?: string;
  institutionType?: InstitutionType;
  /** THE/QS top-ranked university, as the rule in question defines it */
  topUniversity?: boolean;
}

export interface EnrollmentFacts {
  level?: DegreeLevel;
  /** Year of study, 1-based */
  year?: number;
  /** Previous-semester grade average on the school's scale (Korean rules use 2.0 = C) */
  gpa?: number;
  institutionType?: InstitutionType;
  country?: CountryCode;
  regularSemester?: boolean;
  /** A vacation defined by the school's rules */
  inVacation?: boolean;
  finalYear?: boolean;
  /** Share of the credits needed to graduate already earned, 0..1 */
  creditsRatio?: number;
}

export interface ExperienceFacts {
  months?: number;
  field?: string;
  relatedToJob?: boolean;
  afterDegree?: boolean;
  country?: CountryCode;
}

export interface PriorStatus {
  status: StatusCode;
  from?: IsoDate;
  to?: IsoDate;
}

export interface PersonFacts {
  nationality?: CountryCode;
  birthDate?: IsoDate;
  /** Country where the person is now */
  location?: CountryCode;
  currentStatus?: StatusCode;
  education?: EducationFacts[];
  enrollment?: EnrollmentFacts;
  languageTests?: LanguageTestResult[];
  experience?: ExperienceFacts[];
  /** Past statuses; include the current one with its start date when time already spent on it matters */
  priorStatuses?: PriorStatus[];
  schoolRecommendation?: boolean;
  jobHuntingStartedBeforeGraduation?: boolean;
  immigrationViolations?: boolean;
}

export const JOB_DUTIES = [
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
export type JobDuty = (typeof JOB_DUTIES)[number];

export const ELIGIBILITY_EMPLOYMENT_TYPES = ['full-time', 'internship', 'part-time', 'contract'] as const;
export type EligibilityEmploymentType = (typeof ELIGIBILITY_EMPLOYMENT_TYPES)[number];

export type JpEmployerCategory = 1 | 2 | 3 | 4;

export interface EmployerFacts {
  /** Korean nationals insured for employment for >= 3 months and paid >= minimum wage */
  koreanInsuredStaff?: number;
  /** Foreigners on E-1, E-3..E-6, E-7-1/2/3 already employed */
  foreignProfessionalStaff?: number;
  domesticFocused?: boolean;
  exportOriented?: boolean;
  /** Japanese employer category (カテゴリー1〜4) */
  jpCategory?: JpEmployerCategory | null;
}

export interface JobFacts {
  country?: CountryCode;
  occupationCode?: string;
  title?: string;
  duties?: JobDuty[];
  salary?: Pay;
  equalToNationals?: boolean;
  employmentType?: EligibilityEmploymentType;
  directEmployment?: boolean;
  weeklyHours?: number;
  weekdayHours?: number;
  weekendHours?: number;
  dailyHours?: number;
  startDate?: IsoDate;
  durationMonths?: number | null;
  relatedToMajor?: boolean;
  /** Part of the curriculum, for credit */
  curricular?: boolean;
  /** Under a contract between the university and the host organisation */
  universityContract?: boolean;
  paid?: boolean;
  employer?: EmployerFacts;
}
