import type { MatchCandidate, MatchJob } from '../model/match-input';
import { contextOf } from '../testing/context';
import { scoreVisa } from './visa-factor';

interface Row {
  name: string;
  candidate?: Partial<MatchCandidate>;
  job?: Partial<MatchJob>;
  score: number;
  key: string;
  params?: Record<string, unknown>;
}

const LATER_EXPIRY: Partial<MatchCandidate> = { statusExpiresAt: '2027-08-31' };

const rows: Row[] = [
  { name: 'KR-E7-01 D-2 to E-7-1, status lasting past the start', candidate: LATER_EXPIRY, score: 1, key: 'match.visa.eligible', params: { verdict: 'eligible', route: 'in-country', target: 'KR:E-7-1', pathwayId: 'kr-d2-e7', warnings: [], leadDays: 30, daysUntilStart: 122 } },
  { name: 'KR-E7-01 D-2 ending the day before the start: change it in time', score: 0.9, key: 'match.visa.eligible', params: { warnings: ['status-expires-before-start'], statusExpiresAt: '2026-09-30' } },
  { name: 'KR-E7-W a 2027 start: the floor is unpublished, needs review', candidate: LATER_EXPIRY, job: { startDate: '2027-03-02' }, score: 0.6, key: 'match.visa.needs-review', params: { verdict: 'needs_review' } },
  { name: 'KR-H1 H-1 to full-time work: no documented in-country change', candidate: { currentStatus: 'KR:H-1', statusExpiresAt: '2027-01-31' }, score: 0.6, key: 'match.visa.needs-review', params: { pathwayId: 'kr-h1-e7' } },
  { name: 'a citizen needs nothing', candidate: { nationality: 'KR', currentStatus: undefined }, score: 1, key: 'match.visa.citizen', params: { route: 'citizen', ruleIds: [] } },
  { name: 'JP-GJK-DOC a COE from Korea cannot be ready in 30 days', candidate: { nationality: 'KR', currentStatus: undefined }, job: { country: 'JP', occupationCode: '048', startDate: '2026-07-01', languageRequirements: [] }, score: 0.7, key: 'match.visa.eligible', params: { route: 'from-abroad', leadDays: 60, daysUntilStart: 30, warnings: ['lead-time-short'] } },
  { name: 'a status already expired on the profile', candidate: { statusExpiresAt: '2026-05-01' }, score: 0.5, key: 'match.visa.eligible', params: { warnings: ['status-expired'] } },
  { name: 'KR-E7-DOC no sponsorship: not eligible', job: { sponsorship: false }, score: 0, key: 'match.visa.not-eligible' },
];

describe('visa factor (both sides)', () => {
  it.each(rows)('$name', ({ candidate, job, score, key, params }) => {
    const result = scoreVisa(contextOf(candidate, job));
    expect(result.score).toBeCloseTo(score, 6);
    expect(result.messageKey).toBe(key);
    if (params) expect(result.params).toMatchObject(params);
  });
});
