import type { JobFacts, PersonFacts } from '../eligibility-request';
import type { RuleOutcome } from '../rule';
import type { Target } from '../targets';
import { evaluate, outcomeOf, reasonOf } from '../testing/fixtures';

const EVAL = '2026-04-15';
/** Born so that the person turns `age` on the evaluation date. */
const bornAged = (age: number, dayOffset = 0): string => {
  const d = new Date(Date.UTC(2026 - age, 3, 15 + dayOffset));
  return d.toISOString().slice(0, 10);
};

const japanese: PersonFacts = { nationality: 'JP', birthDate: bornAged(23), location: 'JP', priorStatuses: [] };
const korean: PersonFacts = { nationality: 'KR', birthDate: bornAged(23), location: 'KR', priorStatuses: [] };

interface Row {
  name: string;
  target: Target;
  p?: PersonFacts;
  j?: JobFacts;
  evalDate?: string;
  rule: string;
  expected: RuleOutcome | 'absent';
  verdict?: string;
  missing?: string;
  unverified?: boolean;
}

const both = (build: (target: Target, prefix: string) => Row[]): Row[] => [...build('KR:H-1', 'KR-H1'), ...build('JP:working-holiday', 'JP-WH')];

const rows: Row[] = [
  ...both((target, id) => [
    { name: `${id}.age 17 is too young`, target, p: { birthDate: bornAged(17) }, rule: `${id}.age`, expected: 'fail' },
    { name: `${id}.age 18 on the birthday passes`, target, p: { birthDate: bornAged(18) }, rule: `${id}.age`, expected: 'pass', verdict: 'eligible' },
    { name: `${id}.age the day before turning 18 fails`, target, p: { birthDate: bornAged(18, 1) }, rule: `${id}.age`, expected: 'fail' },
    { name: `${id}.age 25 passes`, target, p: { birthDate: bornAged(25) }, rule: `${id}.age`, expected: 'pass' },
    { name: `${id}.age 26 needs review (sources conflict, UNVERIFIED)`, target, p: { birthDate: bornAged(26) }, rule: `${id}.age`, expected: 'unknown', verdict: 'needs_review', unverified: true },
    { name: `${id}.age 30 needs review`, target, p: { birthDate: bornAged(30) }, rule: `${id}.age`, expected: 'unknown', unverified: true },
    { name: `${id}.age 31 fails`, target, p: { birthDate: bornAged(31) }, rule: `${id}.age`, expected: 'fail', verdict: 'not_eligible' },
    { name: `${id}.age missing birth date`, target, p: { birthDate: undefined }, rule: `${id}.age`, expected: 'unknown', missing: 'person.birthDate' },
    { name: `${id}.uses first working holiday`, target, rule: `${id}.uses`, expected: 'pass' },
    { name: `${id}.uses missing prior statuses`, target, p: { priorStatuses: undefined }, rule: `${id}.uses`, expected: 'unknown', missing: 'person.priorStatuses' },
    { name: `${id}.nationality missing`, target, p: { nationality: undefined }, rule: `${id}.nationality`, expected: 'unknown', missing: 'person.nationality' },
    { name: `${id}.nationality other nationalities are not encoded`, target, p: { nationality: 'US' }, rule: `${id}.nationality`, expected: 'fail' },
    { name: `${id}.location missing`, target, p: { location: undefined }, rule: `${id}.location`, expected: 'unknown', missing: 'person.location' },
  ]),
  // second use from 2025-10-01
  { name: 'KR-H1.uses second H-1 on 2025-10-01 passes', target: 'KR:H-1', evalDate: '2025-10-01', p: { birthDate: '2002-01-01', priorStatuses: [{ status: 'KR:H-1', from: '2023-04-01', to: '2024-03-31' }] }, rule: 'KR-H1.uses', expected: 'pass' },
  { name: 'KR-H1.uses second H-1 on 2025-09-30 fails', target: 'KR:H-1', evalDate: '2025-09-30', p: { birthDate: '2002-01-01', priorStatuses: [{ status: 'KR:H-1', from: '2023-04-01', to: '2024-03-31' }] }, rule: 'KR-H1.uses', expected: 'fail' },
  { name: 'KR-H1.uses a third H-1 fails', target: 'KR:H-1', p: { priorStatuses: [{ status: 'KR:H-1', from: '2022-04-01' , to: '2023-03-31' }, { status: 'KR:H-1', from: '2025-11-01', to: '2026-03-31' }] }, rule: 'KR-H1.uses', expected: 'fail' },
  { name: 'JP-WH.uses second working holiday on 2025-10-01 passes', target: 'JP:working-holiday', evalDate: '2025-10-01', p: { ...korean, birthDate: '2002-01-01', priorStatuses: [{ status: 'JP:working-holiday', from: '2023-04-01', to: '2024-03-31' }] }, rule: 'JP-WH.uses', expected: 'pass' },
  { name: 'JP-WH.uses second working holiday on 2025-09-30 fails', target: 'JP:working-holiday', evalDate: '2025-09-30', p: { ...korean, birthDate: '2002-01-01', priorStatuses: [{ status: 'JP:working-holiday', from: '2023-04-01', to: '2024-03-31' }] }, rule: 'JP-WH.uses', expected: 'fail' },
  { name: 'JP-WH.uses the current working holiday counts as a use', target: 'JP:working-holiday', p: { ...korean, currentStatus: 'JP:working-holiday', priorStatuses: [{ status: 'JP:working-holiday', from: '2022-04-01', to: '2023-03-31' }] }, rule: 'JP-WH.uses', expected: 'fail' },
  // where to apply
  { name: 'KR-H1.location applying from Japan passes', target: 'KR:H-1', rule: 'KR-H1.location', expected: 'pass' },
  { name: 'KR-H1.location already in Korea fails', target: 'KR:H-1', p: { location: 'KR' }, rule: 'KR-H1.location', expected: 'fail' },
  { name: 'JP-WH.location applying from Korea passes', target: 'JP:working-holiday', rule: 'JP-WH.location', expected: 'pass' },
  { name: 'JP-WH.location no extension or new grant inside Japan', target: 'JP:working-holiday', p: { location: 'JP' }, rule: 'JP-WH.location', expected: 'fail' },
  { name: 'JP-WH.nationality Japanese nationals are on the other side of the agreement', target: 'JP:working-holiday', p: { nationality: 'JP' }, rule: 'JP-WH.nationality', expected: 'fail' },
  // H-1 work
  { name: 'KR-H1.work 25 h a week passes', target: 'KR:H-1', j: { employmentType: 'part-time', weeklyHours: 25 }, rule: 'KR-H1.work', expected: 'pass' },
  { name: 'KR-H1.work 26 h a week: 2019 notice applicability UNVERIFIED', target: 'KR:H-1', j: { employmentType: 'part-time', weeklyHours: 26 }, rule: 'KR-H1.work', expected: 'unknown', unverified: true },
  { name: 'KR-H1.work full-time employment is not allowed', target: 'KR:H-1', j: { employmentType: 'full-time', weeklyHours: 40 }, rule: 'KR-H1.work', expected: 'fail' },
  { name: 'KR-H1.work not reported without a job', target: 'KR:H-1', rule: 'KR-H1.work', expected: 'absent' },
];

describe('working holiday rules (KR:H-1 and JP:working-holiday)', () => {
  it.each(rows)('$name', ({ target, p, j, evalDate, rule, expected, verdict, missing, unverified }) => {
    const base = target === 'KR:H-1' ? japanese : korean;
    const result = evaluate(target, evalDate ?? EVAL, { ...base, ...p }, j ?? {});
    expect(outcomeOf(result, rule)).toBe(expected);
    if (verdict) expect(result.verdict).toBe(verdict);
    if (missing) expect(reasonOf(result, rule)?.missing).toContain(missing);
    if (unverified) expect(reasonOf(result, rule)?.unverified).toBe(true);
  });

  it('JP-WH checklist asks to surrender the residence card only for a second use', () => {
    const first = evaluate('JP:working-holiday', EVAL, korean).checklist.map((c) => c.id);
    const second = evaluate('JP:working-holiday', EVAL, { ...korean, priorStatuses: [{ status: 'JP:working-holiday', from: '2022-04-01', to: '2023-03-31' }] }).checklist.map((c) => c.id);
    expect(first).not.toContain('jp-wh.surrender-card');
    expect(second).toContain('jp-wh.surrender-card');
  });

  it('KR-H1 checklist lists the consulate documents', () => {
    const ids = evaluate('KR:H-1', EVAL, japanese).checklist.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['kr-h1.criminal-record', 'kr-h1.medical-insurance', 'kr-h1.juminhyo']));
  });
});
