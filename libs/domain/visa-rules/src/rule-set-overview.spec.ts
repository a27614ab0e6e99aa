import { ruleSetOverview, ruleStateOn } from './rule-set-overview';
import { RULE_SET_VERSION } from './version';

describe('where a rule stands on a date', () => {
  it.each([
    [{}, '2026-11-28', 'in-force'],
    [{ effectiveFrom: '2027-01-01' }, '2026-12-31', 'scheduled'],
    [{ effectiveFrom: '2027-01-01' }, '2027-01-01', 'in-force'],
    [{ effectiveTo: '2026-12-31' }, '2026-12-31', 'in-force'],
    [{ effectiveTo: '2026-12-31' }, '2027-01-01', 'ended'],
    [{ effectiveFrom: '2026-02-01', effectiveTo: '2026-12-31' }, '2026-01-31', 'scheduled'],
  ] as const)('%j on %s: %s', (rule, date, state) => {
    expect(ruleStateOn(rule, date)).toBe(state);
  });
});

describe('the rule set on a date', () => {
  const overview = ruleSetOverview('2026-11-28');
  const rule = (id: string) => overview.rules.find((r) => r.id === id);

  it('names its version and counts every rule once by state', () => {
    expect(overview.version).toBe(RULE_SET_VERSION);
    expect(overview.counts.rules).toBe(overview.rules.length);
    expect(overview.counts['in-force'] + overview.counts.scheduled + overview.counts.ended).toBe(overview.counts.rules);
    expect(overview.counts.unverified).toBe(overview.rules.filter((r) => r.unverified).length);
    expect(overview.counts.unverified).toBeGreaterThan(0);
  });

  it.each([
    // KR-E7-W-04: the 2026 E-7 wage floors, in force until 2026-12-31: they change on 2027-01-01
    ['KR-E7-W-04', 'in-force', ['2027-01-01']],
    // KR-E7-W-02: the 2025 floors, replaced
    ['KR-E7-W-02', 'ended', []],
    // KR-E7-W: 2027 onward, no amount published yet
    ['KR-E7-W', 'scheduled', ['2027-01-01']],
    // KR-D10-01: the D-10 regime from 2025-10-29
    ['KR-D10-01', 'in-force', []],
  ])('%s is %s, with the dates ahead %j', (id, state, upcoming) => {
    expect(rule(id)).toMatchObject({ state, upcomingDates: upcoming });
  });

  it('still shows the change on the last day a rule is in force (KR-E7-W-04 on 2026-12-31)', () => {
    expect(ruleSetOverview('2026-12-31').rules.find((r) => r.id === 'KR-E7-W-04')).toMatchObject({ state: 'in-force', upcomingDates: ['2027-01-01'] });
  });
});
