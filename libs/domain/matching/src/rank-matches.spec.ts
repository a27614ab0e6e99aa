import type { MatchCandidate, MatchJob } from './model/match-input';
import { rankCandidatesForJob, rankJobsForCandidate } from './rank-matches';
import { aCandidate, aJob, EVAL_DATE } from './testing/builders';

/** Fits both: the wished occupation, pay above the floor, and the candidate meets most requirements. */
const bothSides = aJob({ id: 'both-sides', requiredSkills: ['sales', 'negotiation'], preferredSkills: [] });
/** Fits the candidate's wishes perfectly, but the candidate has none of the required skills. */
const wishesOnly = aJob({ id: 'wishes-only', requiredSkills: ['trade-practice', 'customs', 'purchasing'], preferredSkills: ['erp'] });
/** The candidate meets every requirement, but the job is another occupation paying under the floor. */
const requirementsOnly = aJob({ id: 'requirements-only', occupationCode: '2733', salary: { min: 31_200_000, max: 32_000_000, currency: 'KRW', period: 'year' }, startDate: '2026-09-01' });
/** The candidate cannot take it (no sponsorship). */
const illegal = aJob({ id: 'illegal', sponsorship: false });

describe('rankJobsForCandidate', () => {
  const candidate = aCandidate({ wishes: { ...aCandidate().wishes, salaryFloor: { amount: 36_000_000, currency: 'KRW', period: 'year' } } });

  it('puts a job that fits both sides above one-sided fits and leaves out what the candidate cannot take', () => {
    const ranked = rankJobsForCandidate(candidate, [wishesOnly, illegal, requirementsOnly, bothSides], { evalDate: EVAL_DATE });
    expect(ranked[0].jobId).toBe('both-sides');
    expect(ranked[0].job).toBe(bothSides);
    expect(ranked.map((r) => r.jobId).sort()).toEqual(['both-sides', 'requirements-only', 'wishes-only']);
  });

  it('shows the fusion at work: each one-sided fit beats the two-sided one on its strong side and still ranks lower', () => {
    const byId = new Map(rankJobsForCandidate(candidate, [wishesOnly, requirementsOnly, bothSides], { evalDate: EVAL_DATE }).map((r) => [r.jobId, r]));
    const both = byId.get('both-sides')!;
    const wishOnly = byId.get('wishes-only')!;
    const reqOnly = byId.get('requirements-only')!;
    expect(wishOnly.candidateSide).toBeGreaterThanOrEqual(both.candidateSide);
    expect(wishOnly.employerSide).toBeLessThan(0.65);
    expect(reqOnly.employerSide).toBeGreaterThan(both.employerSide);
    expect(reqOnly.candidateSide).toBeLessThan(0.65);
    expect(both.score).toBeGreaterThan(wishOnly.score);
    expect(both.score).toBeGreaterThan(reqOnly.score);
  });

  it('breaks ties by job id and honours the limit', () => {
    const twins = ['job-c', 'job-a', 'job-b'].map((id) => aJob({ id }));
    expect(rankJobsForCandidate(candidate, twins, { evalDate: EVAL_DATE }).map((r) => r.jobId)).toEqual(['job-a', 'job-b', 'job-c']);
    expect(rankJobsForCandidate(candidate, twins, { evalDate: EVAL_DATE, limit: 2 }).map((r) => r.jobId)).toEqual(['job-a', 'job-b']);
    expect(rankJobsForCandidate(candidate, twins, { evalDate: EVAL_DATE, limit: 0 })).toEqual([]);
  });

  it('ranks across countries in one list (KR 2742 wish finds JP 048)', () => {
    const tokyo: MatchJob = aJob({ id: 'tokyo-048', country: 'JP', city: 'Tokyo', occupationCode: '048', languageRequirements: [{ test: 'JLPT', level: 'N2' }], salary: { min: 4_000_000, max: 4_800_000, currency: 'JPY', period: 'year' } });
    const ranked = rankJobsForCandidate(aCandidate(), [tokyo, aJob({ id: 'seoul-2742' }), aJob({ id: 'seoul-2223', occupationCode: '2223', requiredSkills: ['java'] })], { evalDate: EVAL_DATE });
    expect(ranked.map((r) => r.jobId).slice(0, 2).sort()).toEqual(['seoul-2742', 'tokyo-048']);
    expect(ranked[2].jobId).toBe('seoul-2223');
  });
});

describe('rankCandidatesForJob', () => {
  const job = aJob({ requiredSkills: ['sales', 'japanese'], preferredSkills: ['excel'] });
  const fitsBoth = aCandidate({ id: 'fits-both' });
  /** Every requirement met, but the candidate wants another occupation and more pay */
  const wantsElse: MatchCandidate = aCandidate({ id: 'wants-else', languageTests: [{ test: 'TOPIK', level: 6 }], wishes: { countries: ['KR'], occupationCodes: ['2223'], employmentTypes: ['full-time'], salaryFloor: { amount: 48_000_000, currency: 'KRW', period: 'year' } } });
  /** Wants exactly this job, but lacks the skills */
  const lacksSkills = aCandidate({ id: 'lacks-skills', nationality: 'VN', languageTests: [{ test: 'TOPIK', level: 4 }], skills: ['python'] });
  /** Cannot take it: TOPIK 3 under the TOPIK 4 minimum */
  const belowLanguage = aCandidate({ id: 'below-language', languageTests: [{ test: 'TOPIK', level: 3 }] });

  it('ranks the candidate who fits both sides first and leaves out gated candidates', () => {
    const ranked = rankCandidatesForJob(job, [belowLanguage, lacksSkills, wantsElse, fitsBoth], { evalDate: EVAL_DATE });
    expect(ranked[0].candidateId).toBe('fits-both');
    expect(ranked.map((r) => r.candidateId)).not.toContain('below-language');
    expect(ranked.map((r) => r.candidateId).sort()).toEqual(['fits-both', 'lacks-skills', 'wants-else']);
    expect(ranked[0].candidate).toBe(fitsBoth);
  });

  it('gives the employer the same factor-by-factor explanation without the candidate salary floor', () => {
    const [top] = rankCandidatesForJob(job, [fitsBoth], { evalDate: EVAL_DATE });
    const salary = top.explanation.find((e) => e.factor === 'salary');
    expect(salary?.messageKey).toBe('match.salary.meets-floor');
    expect(salary?.params).not.toHaveProperty('floor');
    expect(top.explanation.find((e) => e.factor === 'skills')?.params).toMatchObject({ matchedRequired: ['sales', 'japanese'], matchedPreferred: ['excel'] });
    expect(top.explanation).toHaveLength(9);
  });
});
