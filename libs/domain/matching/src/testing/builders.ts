import type { MatchCandidate, MatchJob } from '../model/match-input';

/** The evaluation date of the unit tests (the E-7-1 floor of 2026 is 31,120,000 KRW a year). */
export const EVAL_DATE = '2026-06-01';

/** A Japanese D-2 student in Seoul finishing a business degree, aiming at overseas sales (PRODUCT.md's example). */
export function aCandidate(overrides: Partial<MatchCandidate> = {}): MatchCandidate {
  return {
    id: 'cand-1',
    nationality: 'JP',
    currentStatus: 'KR:D-2-2',
    currentCountry: 'KR',
    statusExpiresAt: '2026-09-30',
    birthDate: '2003-05-01',
    education: [{ level: 'bachelor', country: 'KR', field: 'business administration', graduationDate: '2026-08-20' }],
    languageTests: [{ test: 'TOPIK', level: 5, date: '2025-10-19' }],
    skills: ['sales', 'excel'],
    experience: [],
    wishes: {
      countries: ['KR', 'JP'],
      occupationCodes: ['2742'],
      employmentTypes: ['full-time'],
      salaryFloor: { amount: 30_000_000, currency: 'KRW', period: 'year' },
      startFrom: '2026-09-01',
    },
    ...overrides,
  };
}

/** An overseas sales posting in Seoul that sponsors E-7-1 and pays above the 2026 floor. */
export function aJob(overrides: Partial<MatchJob> = {}): MatchJob {
  return {
    id: 'job-1',
    country: 'KR',
    city: 'Seoul',
    occupationCode: '2742',
    employmentType: 'full-time',
    salary: { min: 33_000_000, max: 40_000_000, currency: 'KRW', period: 'year' },
    languageRequirements: [{ test: 'TOPIK', level: 4 }],
    requiredSkills: ['sales'],
    preferredSkills: ['excel'],
    educationLevel: 'bachelor',
    sponsorship: true,
    startDate: '2026-10-01',
    deadline: '2026-08-31',
    ...overrides,
  };
}
