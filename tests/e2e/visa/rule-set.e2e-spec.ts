import { marketDay } from '@hashidari/domain-core';
import { expectError } from '../../setup/expect-error';
import { startTestApp, TestApp } from '../../setup/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

type Rule = { id: string; state: string; upcomingDates: string[]; unverified: boolean; sources: string[]; title: { ja: string; ko: string; en: string } };

const ruleSet = async (query: Record<string, string> = {}) => (await t.http.get('/api/v1/visa/rule-set').query(query).expect(200)).body;
const rule = (body: { rules: Rule[] }, id: string) => body.rules.find((r) => r.id === id);

describe('the rule set', () => {
  it('lists every rule with its state on the day, the dates ahead, sources and UNVERIFIED flags, under the version eligibility answers name', async () => {
    const body = await ruleSet({ date: '2026-11-28' });
    const eligibility = await t.http.post('/api/v1/visa/eligibility').send({ target: 'KR:H-1', evalDate: '2026-11-28' }).expect(200);
    expect(body).toMatchObject({ version: eligibility.body.ruleSetVersion, date: '2026-11-28', reference: expect.stringContaining('visa-rules.md') });
    expect(body.counts.rules).toBe(body.rules.length);
    expect(body.counts.unverified).toBe(body.rules.filter((r: Rule) => r.unverified).length);
    expect(rule(body, 'KR-E7-W-04')).toMatchObject({ state: 'in-force', upcomingDates: ['2027-01-01'], effectiveFrom: '2026-02-01', effectiveTo: '2026-12-31' });
    expect(rule(body, 'KR-E7-W')).toMatchObject({ state: 'scheduled', upcomingDates: ['2027-01-01'] });
    expect(rule(body, 'KR-E7-W-04')?.sources.length).toBeGreaterThan(0);
    expect(rule(body, 'KR-E7-W-04')?.title).toEqual({ en: expect.any(String), ja: expect.any(String), ko: expect.any(String) });
  });

  it('sees the rules on another day, and on today when none is given', async () => {
    const newYear = await ruleSet({ date: '2027-01-01' });
    expect(rule(newYear, 'KR-E7-W-04')).toMatchObject({ state: 'ended', upcomingDates: [] });
    expect(rule(newYear, 'KR-E7-W')).toMatchObject({ state: 'in-force' });
    expect((await ruleSet()).date).toBe(marketDay(new Date()));
  });

  it.each([['2026-13-01'], ['tomorrow']])('refuses date=%s with a field error', async (date) => {
    const response = await t.http.get('/api/v1/visa/rule-set').query({ date });
    expect(expectError(response, 422, 'VALIDATION_FAILED').details).toEqual([expect.objectContaining({ path: 'date' })]);
  });
});
