import type { MatchCandidate, MatchJob } from '../model/match-input';
import { aCandidate, aJob, EVAL_DATE } from '../testing/builders';
import { assessVisa } from './visa-assessment';

interface Row {
  name: string;
  candidate?: Partial<MatchCandidate>;
  job?: Partial<MatchJob>;
  verdict: string;
  route: string;
  leadDays: number;
  citizen?: boolean;
}

const rows: Row[] = [
  { name: 'KR-E7-01 a D-2 student changes status in Korea', verdict: 'eligible', route: 'in-country', leadDays: 30 },
  { name: 'KR-E7-01 a Japanese in Japan comes through a CCVI', candidate: { currentStatus: undefined, currentCountry: 'JP' }, verdict: 'eligible', route: 'from-abroad', leadDays: 30 },
  { name: 'JP-GJK-Q-01 a Korean student in Japan changes to 技人国', candidate: { nationality: 'KR', currentStatus: 'JP:ryugaku' }, job: { country: 'JP', occupationCode: '048' }, verdict: 'eligible', route: 'in-country', leadDays: 30 },
  { name: 'JP-GJK-DOC a Vietnamese job seeker on D-10-1 in Korea goes to Japan with a COE', candidate: { nationality: 'VN', currentStatus: 'KR:D-10-1' }, job: { country: 'JP', occupationCode: '048' }, verdict: 'eligible', route: 'from-abroad', leadDays: 60 },
  { name: 'a Japanese citizen for a Japanese job', job: { country: 'JP', occupationCode: '048', sponsorship: false }, verdict: 'eligible', route: 'citizen', leadDays: 0, citizen: true },
  { name: 'KR-D2-INT-01 internships need a short permission', job: { employmentType: 'internship' }, verdict: 'eligible', route: 'in-country', leadDays: 14 },
  { name: 'KR-E7-W-04 a single stated maximum below the floor is an amount below it', job: { salary: { max: 30_000_000, currency: 'KRW', period: 'year' } }, verdict: 'not_eligible', route: 'in-country', leadDays: 30 },
  { name: 'KR-E7-W a posting without salary needs review', job: { salary: null }, verdict: 'needs_review', route: 'in-country', leadDays: 30 },
];

describe('assessVisa', () => {
  it.each(rows)('$name', ({ candidate, job, verdict, route, leadDays, citizen }) => {
    const answer = assessVisa(aCandidate(candidate), aJob(job), EVAL_DATE);
    expect(answer.verdict).toBe(verdict);
    expect(answer.route).toBe(route);
    expect(answer.leadDays).toBe(leadDays);
    expect(answer.citizen).toBe(citizen ?? false);
  });
});
