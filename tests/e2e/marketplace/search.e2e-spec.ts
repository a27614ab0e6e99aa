import type { Response } from 'supertest';
import { createOrganization, createPublishedJob, createJob } from '../../factories/marketplace';
import { registerUser } from '../../factories/users';
import { expectError } from '../../setup/expect-error';
import { startTestApp, TestApp } from '../../setup/test-app';

let t: TestApp;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  const kr = await registerUser(t.http, 'employer');
  const jp = await registerUser(t.http, 'employer');
  const krOrg = (await createOrganization(t.http, kr)).id;
  const jpOrg = (await createOrganization(t.http, jp, { names: { ja: 'あおば商事株式会社' }, country: 'JP', jpCategory: 3, koreanInsuredStaff: null })).id;
  const jpBase = { country: 'JP', city: 'Tokyo', occupationCode: null, languageRequirements: [{ test: 'JLPT', level: 'N2' }], salary: { min: 4_000_000, max: 5_500_000, currency: 'JPY', period: 'year' } };
  ids.jpSales = (await createPublishedJob(t.http, jp, jpOrg, { ...jpBase, title: { ja: '海外営業担当' }, description: { ja: '韓国の取引先との商談を担当します。' } })).id;
  ids.jpEngineer = (await createPublishedJob(t.http, jp, jpOrg, { ...jpBase, title: { ja: 'バックエンドエンジニア' }, description: { ja: 'APIの開発' }, occupationCode: '００９－０３', requiredSkills: ['java'], preferredSkills: [], sponsorship: false })).id;
  ids.krSales = (await createPublishedJob(t.http, kr, krOrg, { title: { ko: '해외영업원 채용' }, description: { ko: '일본 바이어 발굴' } })).id;
  ids.krIntern = (await createPublishedJob(t.http, kr, krOrg, { title: { ko: '마케팅 인턴' }, occupationCode: '２７４２', employmentType: 'internship', requiredSkills: ['marketing'], preferredSkills: [], city: 'Busan', salary: { min: 2_000_000, currency: 'KRW', period: 'month' }, languageRequirements: [{ test: 'TOPIK', level: 3 }] })).id;
  ids.enSales = (await createPublishedJob(t.http, kr, krOrg, { title: { en: 'Overseas Sales Manager', ko: '해외영업 매니저' }, description: { en: 'Lead our Japan sales team.' }, languageRequirements: [{ test: 'TOPIK', level: 6 }], salary: { min: 60_000_000, max: 80_000_000, currency: 'KRW', period: 'year' } })).id;
  ids.draft = (await createJob(t.http, kr, krOrg, { title: { ko: '해외영업 초안' } })).id;
});
afterAll(() => t.close());

const found = (response: Response) => response.body.items.map((j: { id: string }) => j.id).sort();
const search = (query: Record<string, string | number | boolean>) => t.http.get('/api/v1/jobs').query(query).expect(200);

describe('GET /jobs keyword search in three languages', () => {
  // A keyword that names a skill (営業, 영업, sales) also finds postings asking for that skill in another language.
  it.each([
    ['営業', ['jpSales', 'krSales', 'enSales']],
    ['海外営業', ['jpSales']],
    ['エンジニア', ['jpEngineer']],
    ['해외영업', ['enSales', 'krSales']],
    ['영업', ['jpSales', 'krSales', 'enSales']],
    ['sales', ['jpSales', 'krSales', 'enSales']],
    ['SALES manager', ['enSales']],
    ['인턴', ['krIntern']],
    ['経理', []],
    ['마케팅', ['krIntern']],
  ])('%s finds %j', async (q, expected) => {
    expect(found(await search({ q }))).toEqual(expected.map((k) => ids[k]).sort());
  });

  it('never shows drafts', async () => {
    expect(found(await search({ q: '초안' }))).toEqual([]);
  });
});

describe('GET /jobs filters', () => {
  it.each([
    [{ country: 'JP' }, ['jpSales', 'jpEngineer']],
    [{ country: 'KR', employmentType: 'internship' }, ['krIntern']],
    [{ city: 'busan' }, ['krIntern']],
    [{ sponsorship: false }, ['jpEngineer']],
    [{ occupation: '2742' }, ['krSales', 'krIntern', 'enSales']],
    [{ occupation: '２７４２' }, ['krSales', 'krIntern', 'enSales']],
    [{ occupation: '009-03' }, ['jpEngineer']],
    [{ country: 'JP', occupation: '００９－０３' }, ['jpEngineer']],
    [{ topik: 4 }, ['jpSales', 'jpEngineer', 'krSales', 'krIntern']],
    [{ jlpt: 'N3' }, ['krSales', 'krIntern', 'enSales']],
    [{ minAnnualSalary: 50_000_000, currency: 'KRW' }, ['enSales']],
    [{ minAnnualSalary: 5_000_000, currency: 'JPY' }, ['jpSales', 'jpEngineer']],
  ])('%j finds %j', async (query, expected) => {
    expect(found(await search(query))).toEqual(expected.map((k) => ids[k]).sort());
  });

  it('stores occupation codes in one spelling, whatever the employer typed', async () => {
    expect((await t.http.get(`/api/v1/jobs/${ids.krIntern}`).expect(200)).body.occupationCode).toBe('2742');
    expect((await t.http.get(`/api/v1/jobs/${ids.jpEngineer}`).expect(200)).body.occupationCode).toBe('009-03');
  });

  it('pages with a cursor in a stable order, without gaps or repeats', async () => {
    const all = (await search({ limit: 100 })).body.items.map((j: { id: string }) => j.id);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const response: Response = await search({ limit: 2, ...(cursor ? { cursor } : {}) });
      paged.push(...response.body.items.map((j: { id: string }) => j.id));
      cursor = response.body.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all);
    expect(all).toHaveLength(5);
  });

  it('refuses bad filters with 422', async () => {
    for (const query of [{ country: 'US' }, { limit: 0 }, { topik: 9 }, { jlpt: 'N9' }, { sponsorship: 'maybe' }, { cursor: 'nope' }, { unknown: 1 }]) {
      expectError(await t.http.get('/api/v1/jobs').query(query), 422, 'VALIDATION_FAILED');
    }
  });
});
