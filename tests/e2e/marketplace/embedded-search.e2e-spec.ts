import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createApp } from '../../../apps/api/src/app.factory';
import { loadConfig } from '../../../apps/api/src/common/config/app-config';
import { EmbeddedDatabaseProcess, startEmbeddedDatabaseProcess } from '../../setup/embedded-database-process';
import { createOrganization, createPublishedJob, putProfile } from '../../factories/marketplace';
import { registerUser } from '../../factories/users';
import { TEST_JWT_SECRET } from '../../setup/test-app';

/**
 * `npm start`'s embedded database (PGlite, one session at a time): the same migrations, the same bigram
 * index and two-character Japanese and Korean words as on a server, and the matching queries (named
 * prepared statements, covering indexes) work there too.
 */
let dir: string;
let database: EmbeddedDatabaseProcess;
let app: NestExpressApplication;
let http: TestAgent;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hashidari-pglite-'));
  database = await startEmbeddedDatabaseProcess(join(dir, 'pglite'));
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: TEST_JWT_SECRET,
    EMBEDDED_DB_DIR: join(dir, 'pglite'),
    DB_POOL_SIZE: '1',
    AUTH_RATE_LIMIT_PER_MINUTE: '10000',
    WEB_DIST_DIR: '/nonexistent',
  });
  app = await createApp({ config, databaseUrl: database.url });
  await app.init();
  http = request(app.getHttpServer());
}, 60_000);

afterAll(async () => {
  await app?.close();
  await database?.stop();
  rmSync(dir, { recursive: true, force: true });
});

it('finds two-character Japanese and Korean words and English words on the embedded database', async () => {
  const employer = await registerUser(http, 'employer');
  const orgId = (await createOrganization(http, employer)).id;
  const jp = await createPublishedJob(http, employer, orgId, { title: { ja: '海外営業担当' }, requiredSkills: ['java'], preferredSkills: [] });
  const kr = await createPublishedJob(http, employer, orgId, { title: { ko: '해외영업원 채용' }, requiredSkills: ['java'], preferredSkills: [] });
  const en = await createPublishedJob(http, employer, orgId, { title: { en: 'Overseas Sales' }, requiredSkills: ['java'], preferredSkills: [] });
  const found = async (q: string) => (await http.get('/api/v1/jobs').query({ q }).expect(200)).body.items.map((j: { id: string }) => j.id).sort();
  expect(await found('営業')).toEqual([jp.id]);
  expect(await found('해외영업')).toEqual([kr.id]);
  expect(await found('sales')).toEqual([en.id]);
  expect(await found('経理')).toEqual([]);
}, 60_000);

it('recommends postings to a candidate and answers an employer on the embedded database', async () => {
  const employer = await registerUser(http, 'employer');
  const orgId = (await createOrganization(http, employer)).id;
  const job = await createPublishedJob(http, employer, orgId, { requiredSkills: ['sales'], preferredSkills: ['excel'] });
  const candidate = await registerUser(http, 'candidate');
  await putProfile(http, candidate);
  for (let call = 0; call < 2; call += 1) {
    // the second call runs the statements prepared by the first
    const matches = await http.get('/api/v1/matches/jobs').set(candidate.auth).expect(200);
    expect(matches.body.items.map((i: { job: { id: string } }) => i.job.id)).toContain(job.id);
  }
  const unverified = await http.get(`/api/v1/jobs/${job.id}/matches`).set(employer.auth).expect(200);
  expect(unverified.body).toMatchObject({ organizationVerified: false, items: [] });
  // verified (by hand: the admin route is tested elsewhere), the candidate pool and shown rows run too
  await app.get(DataSource).query('UPDATE organizations SET verified_at = now() WHERE id = $1', [orgId]);
  const ranked = await http.get(`/api/v1/jobs/${job.id}/matches`).set(employer.auth).expect(200);
  expect(ranked.body.organizationVerified).toBe(true);
  expect(ranked.body.items.map((i: { candidate: { displayName: string } }) => i.candidate.displayName)).toContain('佐藤 美咲');
}, 60_000);

it('aggregates the market on the embedded database (grouping sets, percentiles)', async () => {
  const employer = await registerUser(http, 'employer');
  const orgId = (await createOrganization(http, employer, { country: 'JP', names: { ja: '株式会社テスト' }, jpCategory: 3 })).id;
  // annual midpoints 3.0M, 4.5M and 6.0M yen (and 5.4M from 450,000 a month): quartiles 4.125M / 4.95M / 5.55M
  for (const salary of [
    { min: 2_500_000, max: 3_500_000, currency: 'JPY', period: 'year' },
    { min: 4_000_000, max: 5_000_000, currency: 'JPY', period: 'year' },
    { min: 5_500_000, max: 6_500_000, currency: 'JPY', period: 'year' },
    { min: 450_000, currency: 'JPY', period: 'month' },
  ]) {
    await createPublishedJob(http, employer, orgId, { country: 'JP', occupationCode: '048', languageRequirements: [], salary });
  }
  const [jp] = (await http.get('/api/v1/insights/market').query({ country: 'JP' }).expect(200)).body.markets;
  expect(jp).toMatchObject({ postings: 4, salary: { currency: 'JPY', p25: 4_125_000, median: 4_950_000, p75: 5_550_000, postings: 4 } });
  expect(jp.groups).toEqual([expect.objectContaining({ group: 'sales-trade', codes: [expect.objectContaining({ code: '048', postings: 4 })] })]);
}, 60_000);
