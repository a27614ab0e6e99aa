import { createOrganization, createJob, createPublishedJob, putProfile } from '../../factories/marketplace';
import { registerUser, SignedInUser } from '../../factories/users';
import { expectError } from '../../setup/expect-error';
import { startTestApp, TestApp } from '../../setup/test-app';

let t: TestApp;
let employer: SignedInUser;
let orgId: string;
beforeAll(async () => {
  t = await startTestApp();
  employer = await registerUser(t.http, 'employer');
  orgId = (await createOrganization(t.http, employer)).id;
});
afterAll(() => t.close());

async function applicant() {
  const candidate = await registerUser(t.http, 'candidate');
  await putProfile(t.http, candidate, { visibility: 'applied' });
  return candidate;
}

describe('applying', () => {
  it('applies once with a cover note; a second try is 409 ALREADY_APPLIED', async () => {
    const job = await createPublishedJob(t.http, employer, orgId);
    const candidate = await applicant();
    const first = await t.http.post(`/api/v1/jobs/${job.id}/applications`).set(candidate.auth).send({ coverNote: 'よろしくお願いします' }).expect(201);
    expect(first.body).toMatchObject({ status: 'submitted', coverNote: 'よろしくお願いします', allowedTransitions: ['withdrawn'] });
    expect(first.body.history).toEqual([expect.objectContaining({ fromStatus: null, toStatus: 'submitted', actorRole: 'candidate' })]);
    expectError(await t.http.post(`/api/v1/jobs/${job.id}/applications`).set(candidate.auth).send({}), 409, 'ALREADY_APPLIED');
  });

  it('lets exactly one of several simultaneous applications through', async () => {
    const job = await createPublishedJob(t.http, employer, orgId);
    const candidate = await applicant();
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => t.http.post(`/api/v1/jobs/${job.id}/applications`).set(candidate.auth).send({})),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    responses.filter((r) => r.status === 409).forEach((r) => expect(r.body.error.code).toBe('ALREADY_APPLIED'));
    const mine = await t.http.get('/api/v1/applications').set(candidate.auth).expect(200);
    expect(mine.body.items).toHaveLength(1);
  });

  it('refuses drafts (404) and closed postings (409)', async () => {
    const candidate = await applicant();
    const draft = await createJob(t.http, employer, orgId);
    expectError(await t.http.post(`/api/v1/jobs/${draft.id}/applications`).set(candidate.auth).send({}), 404, 'NOT_FOUND');
    const closed = await createPublishedJob(t.http, employer, orgId);
    await t.http.post(`/api/v1/jobs/${closed.id}/close`).set(employer.auth).expect(200);
    expectError(await t.http.post(`/api/v1/jobs/${closed.id}/applications`).set(candidate.auth).send({}), 409, 'CONFLICT');
  });

  it.each(['employer', 'adviser'] as const)('refuses a %s', async (role) => {
    const job = await createPublishedJob(t.http, employer, orgId);
    const user = await registerUser(t.http, role);
    expectError(await t.http.post(`/api/v1/jobs/${job.id}/applications`).set(user.auth).send({}), 403, 'FORBIDDEN');
  });
});

describe('the pipeline', () => {
  it('moves through every stage to hired, one step at a time, with a history the candidate sees', async () => {
    const job = await createPublishedJob(t.http, employer, orgId);
    const candidate = await applicant();
    const { body: application } = await t.http.post(`/api/v1/jobs/${job.id}/applications`).set(candidate.auth).send({}).expect(201);
    expectError(await t.http.patch(`/api/v1/applications/${application.id}`).set(employer.auth).send({ status: 'interview' }), 409, 'ILLEGAL_TRANSITION');
    for (const status of ['screening', 'interview', 'offer', 'hired']) {
      const moved = await t.http.patch(`/api/v1/applications/${application.id}`).set(employer.auth).send({ status, note: `→ ${status}` }).expect(200);
      expect(moved.body.status).toBe(status);
    }
    const seen = await t.http.get(`/api/v1/applications/${application.id}`).set(candidate.auth).expect(200);
    expect(seen.body.history.map((e: { toStatus: string }) => e.toStatus)).toEqual(['submitted', 'screening', 'interview', 'offer', 'hired']);
    expect(seen.body.history[2]).toMatchObject({ fromStatus: 'screening', toStatus: 'interview', note: '→ interview', actorRole: 'employer' });
    expect(seen.body.allowedTransitions).toEqual([]);
    expectError(await t.http.patch(`/api/v1/applications/${application.id}`).set(employer.auth).send({ status: 'rejected' }), 409, 'ILLEGAL_TRANSITION');
  });

  it('lets the candidate withdraw but not move the pipeline, and the employer reject but not withdraw', async () => {
    const job = await createPublishedJob(t.http, employer, orgId);
    const candidate = await applicant();
    const { body: application } = await t.http.post(`/api/v1/jobs/${job.id}/applications`).set(candidate.auth).send({}).expect(201);
    expectError(await t.http.patch(`/api/v1/applications/${application.id}`).set(candidate.auth).send({ status: 'screening' }), 409, 'ILLEGAL_TRANSITION');
    expectError(await t.http.patch(`/api/v1/applications/${application.id}`).set(employer.auth).send({ status: 'withdrawn' }), 409, 'ILLEGAL_TRANSITION');
    await t.http.patch(`/api/v1/applications/${application.id}`).set(candidate.auth).send({ status: 'withdrawn' }).expect(200);
    expectError(await t.http.patch(`/api/v1/applications/${application.id}`).set(employer.auth).send({ status: 'rejected' }), 409, 'ILLEGAL_TRANSITION');
  });

  it('keeps other employers and other candidates out (404), and refuses bad statuses (422)', async () => {
    const job = await createPublishedJob(t.http, employer, orgId);
    const candidate = await applicant();
    const { body: application } = await t.http.post(`/api/v1/jobs/${job.id}/applications`).set(candidate.auth).send({}).expect(201);
    const otherEmployer = await registerUser(t.http, 'employer');
    const otherCandidate = await registerUser(t.http, 'candidate');
    for (const user of [otherEmployer, otherCandidate]) {
      expectError(await t.http.get(`/api/v1/applications/${application.id}`).set(user.auth), 404, 'NOT_FOUND');
      expectError(await t.http.patch(`/api/v1/applications/${application.id}`).set(user.auth).send({ status: 'withdrawn' }), 404, 'NOT_FOUND');
    }
    expect((await t.http.get('/api/v1/applications').set(otherEmployer.auth).expect(200)).body.items).toEqual([]);
    expectError(await t.http.patch(`/api/v1/applications/${application.id}`).set(employer.auth).send({ status: 'promoted' }), 422, 'VALIDATION_FAILED');
    const adviser = await registerUser(t.http, 'adviser');
    expectError(await t.http.get('/api/v1/applications').set(adviser.auth), 403, 'FORBIDDEN');
  });

  it('shows an employer the applicants of its postings, filtered by posting, and logs each read', async () => {
    const job = await createPublishedJob(t.http, employer, orgId);
    const candidate = await applicant();
    await t.http.post(`/api/v1/jobs/${job.id}/applications`).set(candidate.auth).send({}).expect(201);
    const list = await t.http.get('/api/v1/applications').query({ jobId: job.id }).set(employer.auth).expect(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0].candidate).toMatchObject({ displayName: '佐藤 美咲', profileVisible: true });
    const exported = await t.http.get('/api/v1/me/export').set(candidate.auth).expect(200);
    expect(exported.body.accessLog).toEqual([expect.objectContaining({ viewerId: employer.id, purpose: 'applicant-review', organizationId: orgId })]);
  });
});
