import { DataSource } from 'typeorm';
import { createJob, createOrganization, createPublishedJob } from '../../factories/marketplace';
import { createAdmin, registerUser, SignedInUser } from '../../factories/users';
import { expectError } from '../../setup/expect-error';
import { startTestApp, TestApp } from '../../setup/test-app';

let t: TestApp;
let employer: SignedInUser;
let admin: SignedInUser;
let orgId: string;

beforeAll(async () => {
  t = await startTestApp();
  employer = await registerUser(t.http, 'employer');
  admin = await createAdmin(t);
  orgId = (await createOrganization(t.http, employer)).id;
});
afterAll(() => t.close());

const report = (user: SignedInUser, jobId: string, body: Record<string, unknown>) => t.http.post(`/api/v1/jobs/${jobId}/reports`).set(user.auth).send(body);

async function queue(query: Record<string, string | number> = {}) {
  return (await t.http.get('/api/v1/admin/jobs').query(query).set(admin.auth).expect(200)).body as {
    items: { job: { id: string; status: string; moderation: unknown }; openReports: number; reasons: { reason: string; count: number }[]; latestReports: { reason: string; note: string | null }[] }[];
    nextCursor: string | null;
  };
}

const ids = (page: Awaited<ReturnType<typeof queue>>) => page.items.map((item) => item.job.id);

describe('reporting a posting', () => {
  it('takes one report per user and posting, and puts it in the reporter\'s data export', async () => {
    const job = await createPublishedJob(t.http, employer, orgId);
    const candidate = await registerUser(t.http, 'candidate');
    const created = await report(candidate, job.id, { reason: 'fraud', note: '  面接前に登録料を求められました。  ' }).expect(201);
    expect(created.body).toEqual({ id: expect.any(String), jobId: job.id, reason: 'fraud', note: '面接前に登録料を求められました。', createdAt: expect.any(String) });
    expectError(await report(candidate, job.id, { reason: 'other' }), 409, 'ALREADY_REPORTED');
    const exported = await t.http.get('/api/v1/me/export').set(candidate.auth).expect(200);
    expect(exported.body.postingReports).toEqual([{ jobId: job.id, reason: 'fraud', note: '面接前に登録料を求められました。', at: expect.any(String), resolution: null }]);
  });

  it.each([
    [{ reason: 'spam' }, 'reason'],
    [{}, 'reason'],
    [{ reason: 'other', note: 'x'.repeat(1001) }, 'note'],
    [{ reason: 'other', severity: 'high' }, 'severity'],
  ])('refuses %j with a field error at %s and stores nothing', async (body, path) => {
    const job = await createPublishedJob(t.http, employer, orgId);
    const candidate = await registerUser(t.http, 'candidate');
    const response = await report(candidate, job.id, body);
    expect(expectError(response, 422, 'VALIDATION_FAILED').details?.map((d) => d.path)).toContain(path);
    expect(ids(await queue({ limit: 100 }))).not.toContain(job.id);
  });

  it('refuses drafts (404), closed postings (409), the posting\'s own organisation (403), admins and anonymous callers', async () => {
    const candidate = await registerUser(t.http, 'candidate');
    const draft = await createJob(t.http, employer, orgId);
    expectError(await report(candidate, draft.id, { reason: 'other' }), 404, 'NOT_FOUND');
    expectError(await report(candidate, '00000000-0000-4000-8000-000000000000', { reason: 'other' }), 404, 'NOT_FOUND');
    const closed = await createPublishedJob(t.http, employer, orgId);
    await t.http.post(`/api/v1/jobs/${closed.id}/close`).set(employer.auth).expect(200);
    expectError(await report(candidate, closed.id, { reason: 'other' }), 409, 'CONFLICT');
    const job = await createPublishedJob(t.http, employer, orgId);
    expectError(await report(employer, job.id, { reason: 'other' }), 403, 'FORBIDDEN');
    expectError(await report(admin, job.id, { reason: 'other' }), 403, 'FORBIDDEN');
    expectError(await t.http.post(`/api/v1/jobs/${job.id}/reports`).send({ reason: 'other' }), 401, 'UNAUTHENTICATED');
    // another employer and an adviser may report
    await report(await registerUser(t.http, 'employer'), job.id, { reason: 'misleading-visa' }).expect(201);
    await report(await registerUser(t.http, 'adviser'), job.id, { reason: 'misleading-visa' }).expect(201);
  });
});

describe('the moderators\' queue and decisions', () => {
  it('lists reported postings the longest-waiting first, with open reports per reason, page by page', async () => {
    const before = ids(await queue({ limit: 100 }));
    const first = await createPublishedJob(t.http, employer, orgId, { title: { ko: '첫 번째' } });
    const second = await createPublishedJob(t.http, employer, orgId, { title: { ko: '두 번째' } });
    await report(await registerUser(t.http, 'candidate'), first.id, { reason: 'unlawful-terms', note: '최저임금 미달' }).expect(201);
    await report(await registerUser(t.http, 'candidate'), second.id, { reason: 'discrimination' }).expect(201);
    await report(await registerUser(t.http, 'candidate'), first.id, { reason: 'unlawful-terms' }).expect(201);
    await report(await registerUser(t.http, 'candidate'), first.id, { reason: 'fraud' }).expect(201);

    const all = await queue({ limit: 100 });
    expect(ids(all).filter((id) => !before.includes(id))).toEqual([first.id, second.id]);
    const firstItem = all.items.find((item) => item.job.id === first.id);
    expect(firstItem).toMatchObject({
      openReports: 3,
      reasons: [
        { reason: 'unlawful-terms', count: 2 },
        { reason: 'fraud', count: 1 },
      ],
    });
    // what the reports said and when, never who sent them
    expect(firstItem?.latestReports).toEqual([
      { reason: 'fraud', note: null, createdAt: expect.any(String) },
      { reason: 'unlawful-terms', note: null, createdAt: expect.any(String) },
      { reason: 'unlawful-terms', note: '최저임금 미달', createdAt: expect.any(String) },
    ]);
    expect(Object.keys(firstItem ?? {}).sort()).toEqual(['job', 'latestReports', 'openReports', 'reasons']);

    // one item a page: every reported posting once, in the same order
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await queue({ limit: 1, ...(cursor ? { cursor } : {}) });
      walked.push(...ids(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(walked).toEqual(ids(all));
  });

  it.each([
    ['not a cursor', 'garbage'],
    ['a forged key', Buffer.from(JSON.stringify({ at: 'yesterday', id: '1 OR 1=1' })).toString('base64url')],
  ])('refuses %s with a field error on cursor', async (_, cursor) => {
    const response = await t.http.get('/api/v1/admin/jobs').query({ cursor }).set(admin.auth);
    expect(expectError(response, 422, 'VALIDATION_FAILED').details).toEqual([expect.objectContaining({ path: 'cursor' })]);
  });

  it('counts every open report but shows only the latest five notes of a posting reported many times', async () => {
    const job = await createPublishedJob(t.http, employer, orgId);
    for (let i = 1; i <= 7; i += 1) {
      await report(await registerUser(t.http, 'candidate'), job.id, { reason: i % 2 === 0 ? 'fraud' : 'other', note: `report ${i}` }).expect(201);
    }
    const item = (await queue({ limit: 100 })).items.find((i) => i.job.id === job.id);
    expect(item?.openReports).toBe(7);
    expect(item?.reasons).toEqual([
      { reason: 'other', count: 4 },
      { reason: 'fraud', count: 3 },
    ]);
    expect(item?.latestReports.map((r) => r.note)).toEqual(['report 7', 'report 6', 'report 5', 'report 4', 'report 3']);
  });

  it('lists every published posting newest first, reported or not', async () => {
    const job = await createPublishedJob(t.http, employer, orgId);
    const page = await queue({ queue: 'published', limit: 5 });
    expect(page.items[0]).toMatchObject({ job: { id: job.id, status: 'published' }, openReports: 0, reasons: [], latestReports: [] });
  });

  it('takes a posting down for good: closed with the reason shown on it, its reports closed, the employer cannot bring it back', async () => {
    const job = await createPublishedJob(t.http, employer, orgId);
    await report(await registerUser(t.http, 'candidate'), job.id, { reason: 'fraud' }).expect(201);
    const reason = 'Asks applicants for a registration fee (against the platform rules).';
    const taken = await t.http.post(`/api/v1/admin/jobs/${job.id}/takedown`).set(admin.auth).send({ reason: `  ${reason} ` }).expect(200);
    expect(taken.body).toMatchObject({ job: { id: job.id, status: 'closed', moderation: { reason, at: expect.any(String) } }, openReports: 0 });

    const shown = await t.http.get(`/api/v1/jobs/${job.id}`).expect(200);
    expect(shown.body).toMatchObject({ status: 'closed', moderation: { reason } });
    expect(ids(await queue({ limit: 100 }))).not.toContain(job.id);
    expect(ids(await queue({ queue: 'published', limit: 100 }))).not.toContain(job.id);
    // who decided is kept (not shown)
    const [decided] = await t.app.get(DataSource).query('SELECT moderated_by_user_id FROM job_postings WHERE id = $1', [job.id]);
    const resolved = await t.app.get(DataSource).query('SELECT resolution, resolved_by_user_id FROM job_reports WHERE job_id = $1', [job.id]);
    expect(decided).toEqual({ moderated_by_user_id: admin.id });
    expect(resolved).toEqual([{ resolution: 'taken-down', resolved_by_user_id: admin.id }]);
    expectError(await t.http.post(`/api/v1/jobs/${job.id}/publish`).set(employer.auth), 409, 'ILLEGAL_TRANSITION');
    expectError(await t.http.patch(`/api/v1/jobs/${job.id}`).set(employer.auth).send({ city: 'Busan' }), 409, 'CONFLICT');
    expectError(await t.http.post(`/api/v1/admin/jobs/${job.id}/takedown`).set(admin.auth).send({ reason }), 409, 'CONFLICT');
    const search = await t.http.get('/api/v1/jobs').query({ limit: 100 }).expect(200);
    expect(search.body.items.map((j: { id: string }) => j.id)).not.toContain(job.id);
  });

  it('keeps a reported posting its employer closed in the queue: closing does not answer a report, a takedown still can', async () => {
    const job = await createPublishedJob(t.http, employer, orgId);
    await report(await registerUser(t.http, 'candidate'), job.id, { reason: 'fraud' }).expect(201);
    await t.http.post(`/api/v1/jobs/${job.id}/close`).set(employer.auth).expect(200);
    const queued = (await queue({ limit: 100 })).items.find((i) => i.job.id === job.id);
    expect(queued).toMatchObject({ job: { status: 'closed', moderation: null }, openReports: 1 });

    const reason = 'Closed by its employer after reports of fees asked of applicants.';
    const taken = await t.http.post(`/api/v1/admin/jobs/${job.id}/takedown`).set(admin.auth).send({ reason }).expect(200);
    expect(taken.body).toMatchObject({ job: { status: 'closed', moderation: { reason } }, openReports: 0 });
    expect(ids(await queue({ limit: 100 }))).not.toContain(job.id);
    expectError(await t.http.post(`/api/v1/admin/jobs/${job.id}/takedown`).set(admin.auth).send({ reason }), 409, 'CONFLICT');
  });

  it('refuses to take down a draft', async () => {
    const draft = await createJob(t.http, employer, orgId);
    expectError(await t.http.post(`/api/v1/admin/jobs/${draft.id}/takedown`).set(admin.auth).send({ reason: 'A fine reason' }), 409, 'CONFLICT');
    expect((await t.http.get(`/api/v1/jobs/${draft.id}`).set(employer.auth).expect(200)).body).toMatchObject({ status: 'draft', moderation: null });
  });

  it.each([[{}], [{ reason: 'bad' }], [{ reason: 'x'.repeat(501) }], [{ reason: 'A fine reason', extra: true }]])(
    'refuses a takedown with %j and leaves the posting published',
    async (body) => {
      const job = await createPublishedJob(t.http, employer, orgId);
      expectError(await t.http.post(`/api/v1/admin/jobs/${job.id}/takedown`).set(admin.auth).send(body), 422, 'VALIDATION_FAILED');
      expect((await t.http.get(`/api/v1/jobs/${job.id}`).expect(200)).body).toMatchObject({ status: 'published', moderation: null });
    },
  );

  it('dismisses unfounded reports: the posting stays published and leaves the queue until reported again', async () => {
    const job = await createPublishedJob(t.http, employer, orgId);
    await report(await registerUser(t.http, 'candidate'), job.id, { reason: 'other' }).expect(201);
    const dismissed = await t.http.post(`/api/v1/admin/jobs/${job.id}/reports/dismiss`).set(admin.auth).expect(200);
    expect(dismissed.body).toMatchObject({ job: { id: job.id, status: 'published', moderation: null }, openReports: 0 });
    expect(ids(await queue({ limit: 100 }))).not.toContain(job.id);
    await report(await registerUser(t.http, 'candidate'), job.id, { reason: 'fraud' }).expect(201);
    expect(ids(await queue({ limit: 100 }))).toContain(job.id);
    expectError(await t.http.post('/api/v1/admin/jobs/00000000-0000-4000-8000-000000000000/reports/dismiss').set(admin.auth), 404, 'NOT_FOUND');
  });

  it('keeps the reason of a report when its sender erases the account, without the link to them or their note', async () => {
    const job = await createPublishedJob(t.http, employer, orgId);
    const candidate = await registerUser(t.http, 'candidate');
    await report(candidate, job.id, { reason: 'discrimination', note: '国籍で応募を断られました。' }).expect(201);
    await t.http.delete('/api/v1/me').set(candidate.auth).expect(204);
    const item = (await queue({ limit: 100 })).items.find((i) => i.job.id === job.id);
    expect(item).toMatchObject({ openReports: 1, latestReports: [{ reason: 'discrimination', note: null, createdAt: expect.any(String) }] });
    const rows = await t.app.get(DataSource).query('SELECT reporter_user_id, note FROM job_reports WHERE job_id = $1', [job.id]);
    expect(rows).toEqual([{ reporter_user_id: null, note: null }]);
  });

  it.each(['candidate', 'employer', 'adviser'] as const)('refuses the queue and the decisions to a %s', async (role) => {
    const user = await registerUser(t.http, role);
    const job = await createPublishedJob(t.http, employer, orgId);
    expectError(await t.http.get('/api/v1/admin/jobs').set(user.auth), 403, 'FORBIDDEN');
    expectError(await t.http.post(`/api/v1/admin/jobs/${job.id}/takedown`).set(user.auth).send({ reason: 'A fine reason' }), 403, 'FORBIDDEN');
    expectError(await t.http.post(`/api/v1/admin/jobs/${job.id}/reports/dismiss`).set(user.auth), 403, 'FORBIDDEN');
    expect((await t.http.get(`/api/v1/jobs/${job.id}`).expect(200)).body.status).toBe('published');
  });
});
