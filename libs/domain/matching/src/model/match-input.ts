import type { CountryCode, Currency, IsoDate, LanguageTestResult, MarketCountry, PayPeriod } from '@hashidari/domain-core';
import type { EducationEntry, EducationLevel, EmploymentType, ExperienceEntry, Wishes } from '@hashidari/marketplace';

/**
 * The candidate as matching reads it: plain data the API maps from its rows (a subset of
 * CandidateProfile plus its id). Skills are taxonomy skill ids.
 */
export interface MatchCandidate {
  id: string;
  nationality?: CountryCode;
  /** e.g. `KR:D-2-2`, `JP:ryugaku`; absent for a citizen at home or someone abroad with no status */
  currentStatus?: string;
  currentCountry?: CountryCode;
  statusExpiresAt?: IsoDate;
  birthDate?: IsoDate;
  education: readonly EducationEntry[];
  languageTests: readonly LanguageTestResult[];
  skills: readonly string[];
  experience: readonly ExperienceEntry[];
  wishes: Wishes;
}

/** A posting's salary; amounts are integers in the currency's smallest unit. */
export interface MatchSalary {
  min?: number;
  max?: number;
  currency: Currency;
  period: PayPeriod;
}

/** "TOPIK 4", "JLPT N2", "BJT 480": a level for level-based tests, a score for score-based ones. */
export type LanguageRequirement = Pick<LanguageTestResult, 'test' | 'level' | 'score'>;

/** The posting as matching reads it (a subset of POST /jobs plus its id). */
export interface MatchJob {
  id: string;
  country: MarketCountry;
  city?: string;
  /** KR: the E-7 (KSCO-based) code; JP: an MHLW code */
  occupationCode?: string;
  employmentType: EmploymentType;
  salary?: MatchSalary | null;
  /**
   * Requirements in different languages must all be met; requirements in the same language are
   * alternatives (JLPT N2 or BJT 480).
   */
  languageRequirements: readonly LanguageRequirement[];
  requiredSkills: readonly string[];
  preferredSkills: readonly string[];
  educationLevel?: EducationLevel;
  sponsorship: boolean;
  startDate?: IsoDate;
  deadline?: IsoDate;
}
