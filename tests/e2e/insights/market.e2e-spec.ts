import { marketDay } from '@hashidari/domain-core';
import { createJob, createOrganization, createPublishedJob } from '../../factories/marketplace';
import { registerUser, SignedInUser } from '../../factories/users';
import { expectError } from '../../setup/expect-error';
import { startTestApp, TestApp } from '../../setup/test-app';

let t: TestApp;
let employer: SignedInUser;
let krOrg: string;
let jpOrg: string;

beforeAll(async () => {
  t = await startTestApp();
  employer = await registerUser(t.http, 'employer');
  krOrg = (await createOrganization(t.http, employer)).id;
  jpOrg = (await createOrganization(t.http, employer, { names: { ja: '株式会社ハシダリ' }, country: 'JP', registrationNumber: '1234567890123', jpCategory: 3 })).id;
});
afterAll(() => t.close());

const market = async (query: Record<string, string> = {}) => (await t.http.get('/api/v1/insights/market').query(query).expect(200)).body;
const yearly = (min: number | undefined, max: number | undefined) => ({ min, max, currency: 'KRW', period: 'year' });

describe('market insights', () => {
  it('answers an empty market with zeros and no salary band', async () => {
    const body = await market();
    expect(body).toEqual({
      asOf: marketDay(new Date()),
      minimumSalarySample: 3,
      markets: [
        { country: 'KR', postings: 0, sponsorshipShare: 0, internshipShare: 0, salary: null, groups: [] },
        { country: 'JP', postings: 0, sponsorshipShare: 0, internshipShare: 0, salary: null, groups: [] },
      ],
    });
  });

  it('counts open postings per market, occupation group and code, with sponsorship shares and salary quartiles of annual midpoints', async () => {
    // Korea: three salaried full-time 2742 postings (midpoints 32M, 38M and 36M a year: 3,000,000 a month),
    // an internship (counted, not in the salary sample), a code the taxonomy does not know, a posting
    // without a code, and postings that are not open (a draft, a closed one, one past its deadline).
    await createPublishedJob(t.http, employer, krOrg, { salary: yearly(30_000_000, 34_000_000), sponsorship: true });
    await createPublishedJob(t.http, employer, krOrg, { salary: yearly(36_000_000, 40_000_000), sponsorship: true });
    await createPublishedJob(t.http, employer, krOrg, { salary: { min: 3_000_000, currency: 'KRW', period: 'month' }, sponsorship: false });
    await createPublishedJob(t.http, employer, krOrg, { employmentType: 'internship', salary: { min: 2_000_000, currency: 'KRW', period: 'month' }, sponsorship: true });
    await createPublishedJob(t.http, employer, krOrg, { occupationCode: '9999', salary: undefined, sponsorship: false });
    await createPublishedJob(t.http, employer, krOrg, { occupationCode: undefined, salary: undefined, sponsorship: false });
    await createJob(t.http, employer, krOrg, { salary: yearly(90_000_000, 99_000_000) });
    const closed = await createPublishedJob(t.http, employer, krOrg, { salary: yearly(90_000_000, 99_000_000) });
    await t.http.post(`/api/v1/jobs/${closed.id}/close`).set(employer.auth).expect(200);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await createPublishedJob(t.http, employer, krOrg, { salary: yearly(90_000_000, 99_000_000), deadline: yesterday });
    // Japan: two salaried 048 postings, below the sample a band needs.
    const jp = { country: 'JP', occupationCode: '048', languageRequirements: [{ test: 'JLPT', level: 'N2' }], salary: { min: 4_000_000, max: 5_000_000, currency: 'JPY', period: 'year' } };
    await createPublishedJob(t.http, employer, jpOrg, { ...jp, sponsorship: true });
    await createPublishedJob(t.http, employer, jpOrg, { ...jp, sponsorship: false });

    const [kr, japan] = (await market()).markets;
    expect(kr).toMatchObject({
      country: 'KR',
      postings: 6,
      sponsorshipShare: 0.5,
      internshipShare: 0.167,
      salary: { currency: 'KRW', period: 'year', p25: 34_000_000, median: 36_000_000, p75: 37_000_000, postings: 3 },
    });
    expect(kr.groups.map((g: { group: string | null }) => g.group)).toEqual(['sales-trade', null]);
    const [sales, unknown] = kr.groups;
    expect(sales).toMatchObject({ label: { en: 'Sales and trade', ja: '営業・貿易', ko: '영업·무역' }, postings: 4, sponsorshipShare: 0.75, internshipShare: 0.25 });
    expect(sales.codes).toEqual([
      expect.objectContaining({
        code: '2742',
        occupations: [{ id: 'overseas-sales-representative', label: expect.objectContaining({ ko: '해외영업원' }) }],
        postings: 4,
        salary: expect.objectContaining({ median: 36_000_000, postings: 3 }),
      }),
    ]);
    expect(unknown).toMatchObject({ label: null, postings: 2, salary: null });
    expect(unknown.codes).toEqual([
      expect.objectContaining({ code: '9999', occupations: [], postings: 1 }),
      expect.objectContaining({ code: null, occupations: [], postings: 1 }),
    ]);

    expect(japan).toMatchObject({ country: 'JP', postings: 2, sponsorshipShare: 0.5, internshipShare: 0, salary: null });
    expect(japan.groups).toEqual([expect.objectContaining({ group: 'sales-trade', postings: 2, salary: null })]);
    expect(japan.groups[0].codes[0].occupations.map((o: { id: string }) => o.id)).toContain('overseas-sales-representative');
  });

  it('counts a code written in full-width digits as the same code, and takes a zero salary without failing', async () => {
    const before = (await market({ country: 'KR' })).markets[0];
    const codeRow = (m: typeof before) => m.groups.find((g: { group: string }) => g.group === 'sales-trade').codes;
    await createPublishedJob(t.http, employer, krOrg, { occupationCode: '２７４２', salary: yearly(0, 0) });
    const after = (await market({ country: 'KR' })).markets[0];
    expect(codeRow(after).map((c: { code: string }) => c.code)).toEqual(['2742']);
    expect(codeRow(after)[0].postings).toBe(codeRow(before)[0].postings + 1);
    expect(after.salary).toEqual(before.salary);
  });

  it('answers one market when asked, for anyone signed in or not', async () => {
    const candidate = await registerUser(t.http, 'candidate');
    const response = await t.http.get('/api/v1/insights/market').query({ country: 'JP' }).set(candidate.auth).expect(200);
    expect(response.body.markets.map((m: { country: string }) => m.country)).toEqual(['JP']);
  });

  it.each([['XX'], ['kr'], ['']])('refuses country=%j with a field error', async (country) => {
    const response = await t.http.get('/api/v1/insights/market').query({ country });
    expect(expectError(response, 422, 'VALIDATION_FAILED').details).toEqual([expect.objectContaining({ path: 'country' })]);
  });
});
