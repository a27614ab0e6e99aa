import type { MatchCandidate, MatchJob } from '../model/match-input';
import { aCandidate } from '../testing/builders';
import { contextOf } from '../testing/context';
import { scoreTiming } from './timing-factor';

interface Row {
  name: string;
  candidate?: Partial<MatchCandidate>;
  job?: Partial<MatchJob>;
  score: number;
  key: string;
  params?: Record<string, unknown>;
}

const graduatingInDecember: Partial<MatchCandidate> = { education: [{ level: 'bachelor', field: 'business', graduationDate: '2026-12-20' }] };

// evaluation date 2026-06-01; the default candidate graduates 2026-08-20 and wishes to start 2026-09-01
const rows: Row[] = [
  { name: 'available a month before the start', score: 1, key: 'match.timing.fits', params: { availableFrom: '2026-09-01', availableReason: 'wish', startDate: '2026-10-01', daysToDeadline: 91 } },
  { name: 'available on the start date', job: { startDate: '2026-09-01' }, score: 1, key: 'match.timing.fits' },
  { name: '30 days late', job: { startDate: '2026-08-02' }, score: 0.75, key: 'match.timing.late', params: { daysLate: 30 } },
  { name: '92 days late', job: { startDate: '2026-06-01' }, score: 1 - 92 / 120, key: 'match.timing.late', params: { daysLate: 92 } },
  { name: 'more than 120 days late stays at 0.1', candidate: { wishes: { ...aCandidate().wishes, startFrom: '2027-01-01' } }, job: { startDate: '2026-06-01' }, score: 0.1, key: 'match.timing.late' },
  { name: 'full-time work waits for graduation', candidate: graduatingInDecember, score: 1 - 80 / 120, key: 'match.timing.late', params: { availableFrom: '2026-12-20', availableReason: 'graduation', daysLate: 80 } },
  { name: 'an internship does not wait for graduation', candidate: graduatingInDecember, job: { employmentType: 'internship' }, score: 1, key: 'match.timing.fits', params: { availableReason: 'wish' } },
  { name: 'a start more than half a year after availability eases down', job: { startDate: '2027-04-01' }, score: 1 - (212 - 180) / 365, key: 'match.timing.early', params: { daysEarly: 212 } },
  { name: 'no start date', job: { startDate: undefined }, score: 0.8, key: 'match.timing.open-start' },
  { name: 'no wish and a past graduation: available now', candidate: { education: [{ level: 'bachelor', graduationDate: '2025-02-20' }], wishes: { countries: ['KR'] } }, job: { startDate: '2026-07-01' }, score: 1, key: 'match.timing.fits', params: { availableFrom: '2026-06-01', availableReason: 'now' } },
];

describe('timing factor (both sides)', () => {
  it.each(rows)('$name', ({ candidate, job, score, key, params }) => {
    const result = scoreTiming(contextOf(candidate, job));
    expect(result.score).toBeCloseTo(score, 6);
    expect(result.messageKey).toBe(key);
    if (params) expect(result.params).toMatchObject(params);
  });
});
