import { DataSource } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoIfEmpty } from '../../apps/api/src/database/seed/demo-seed';
import { startTestApp, TestApp } from '../setup/test-app';

/** The demo `npm start` loads on an empty database: every demo account has something to do. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  expect(await seedDemoIfEmpty(t.app.get(DataSource))).toMatchObject({ employers: 32, postings: 200, candidates: 100 });
}, 120_000);
afterAll(() => t.close());

async function signIn(email: string) {
  const response = await t.http.post('/api/v1/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
  return { Authorization: `Bearer ${response.body.accessToken}` };
}

describe('the demo', () => {
  it('gives the demo candidate recommendations and applications at several stages', async () => {
    const auth = await signIn(DEMO_ACCOUNTS.candidateJa);
    const matches = await t.http.get('/api/v1/matches/jobs').query({ limit: 10 }).set(auth).expect(200);
    expect(matches.body.items.length).toBeGreaterThan(0);
    const applications = await t.http.get('/api/v1/applications').set(auth).expect(200);
    expect(applications.body.items.map((a: { status: string }) => a.status).sort()).toEqual(['screening', 'submitted']);
  });

  it('gives the Korean recruiter a pipeline at every stage', async () => {
    const auth = await signIn(DEMO_ACCOUNTS.employerKr);
    const applications = await t.http.get('/api/v1/applications').query({ limit: 100 }).set(auth).expect(200);
    const statuses = new Set(applications.body.items.map((a: { status: string }) => a.status));
    expect([...statuses].sort()).toEqual(['interview', 'offer', 'rejected', 'screening', 'submitted', 'withdrawn']);
  });

  it('gives the adviser a caseload of consenting candidates', async () => {
    const auth = await signIn(DEMO_ACCOUNTS.adviser);
    const caseload = await t.http.get('/api/v1/advisers/me/candidates').set(auth).expect(200);
    expect(caseload.body).toHaveLength(14);
  });

  it('gives the admin three organisations to verify and two reported postings to moderate', async () => {
    const auth = await signIn(DEMO_ACCOUNTS.admin);
    const organizations = await t.http.get('/api/v1/admin/organizations').set(auth).expect(200);
    expect(organizations.body.items).toHaveLength(3);
    const reported = await t.http.get('/api/v1/admin/jobs').set(auth).expect(200);
    expect(reported.body.items.map((i: { openReports: number }) => i.openReports)).toEqual([2, 1]);
  });

  it('is loaded once: a database with accounts is left as it is', async () => {
    expect(await seedDemoIfEmpty(t.app.get(DataSource))).toBeNull();
    const admin = await signIn(DEMO_ACCOUNTS.admin);
    expect((await t.http.get('/api/v1/admin/organizations').set(admin).expect(200)).body.items).toHaveLength(3);
  });

  it('fills the market insights of both countries', async () => {
    const body = (await t.http.get('/api/v1/insights/market').expect(200)).body;
    for (const market of body.markets) {
      expect(market.postings).toBeGreaterThan(20);
      expect(market.salary).not.toBeNull();
      expect(market.groups.length).toBeGreaterThan(2);
    }
  });
});
