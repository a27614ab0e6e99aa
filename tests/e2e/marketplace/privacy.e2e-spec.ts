import { createOrganization, createPublishedJob, putProfile } from '../../factories/marketplace';
import { registerUser } from '../../factories/users';
import { expectError } from '../../setup/expect-error';
import { startTestApp, TestApp } from '../../setup/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('export and erasure', () => {
  it('exports everything about a candidate', async () => {
    const employer = await registerUser(t.http, 'employer');
    const job = await createPublishedJob(t.http, employer, (await createOrganization(t.http, employer)).id);
    const candidate = await registerUser(t.http, 'candidate');
    await putProfile(t.http, candidate);
    await t.http.post(`/api/v1/jobs/${job.id}/applications`).set(candidate.auth).send({ coverNote: 'hello' }).expect(201);
    const response = await t.http.get('/api/v1/me/export').set(candidate.auth).expect(200);
    expect(response.headers['content-disposition']).toContain('attachment');
    expect(response.body.account).toMatchObject({ email: candidate.email, role: 'candidate' });
    expect(response.body.candidateProfile).toMatchObject({ displayName: '佐藤 美咲', nationality: 'JP' });
    expect(response.body.applications).toEqual([expect.objectContaining({ status: 'submitted', coverNote: 'hello', history: [expect.objectContaining({ to: 'submitted' })] })]);
  });

  it('erases a candidate: sign-in fails, the employer keeps an anonymised application', async () => {
    const employer = await registerUser(t.http, 'employer');
    const job = await createPublishedJob(t.http, employer, (await createOrganization(t.http, employer)).id);
    const candidate = await registerUser(t.http, 'candidate');
    const profile = await putProfile(t.http, candidate);
    const { body: application } = await t.http.post(`/api/v1/jobs/${job.id}/applications`).set(candidate.auth).send({ coverNote: 'secret' }).expect(201);
    await t.http.patch(`/api/v1/applications/${application.id}`).set(employer.auth).send({ status: 'screening' }).expect(200);

    await t.http.delete('/api/v1/me').set(candidate.auth).expect(204);
    expectError(await t.http.post('/api/v1/auth/login').send({ email: candidate.email, password: candidate.password }), 401, 'INVALID_CREDENTIALS');
    expectError(await t.http.get('/api/v1/me').set(candidate.auth), 401, 'UNAUTHENTICATED');
    expectError(await t.http.post('/api/v1/auth/refresh').send({ refreshToken: candidate.refreshToken }), 401, 'INVALID_REFRESH_TOKEN');
    expectError(await t.http.get(`/api/v1/candidates/${profile.id}`).set(employer.auth), 404, 'NOT_FOUND');

    const kept = await t.http.get(`/api/v1/applications/${application.id}`).set(employer.auth).expect(200);
    expect(kept.body).toMatchObject({ status: 'screening', candidate: null, coverNote: null });
    expect(kept.body.history.map((e: { toStatus: string }) => e.toStatus)).toEqual(['submitted', 'screening']);
  });

  it('erases an employer, keeping the organisation and its postings', async () => {
    const employer = await registerUser(t.http, 'employer');
    const job = await createPublishedJob(t.http, employer, (await createOrganization(t.http, employer)).id);
    await t.http.delete('/api/v1/me').set(employer.auth).expect(204);
    await t.http.get(`/api/v1/jobs/${job.id}`).expect(200);
  });

  it('refuses anonymous callers', async () => {
    expectError(await t.http.get('/api/v1/me/export'), 401, 'UNAUTHENTICATED');
    expectError(await t.http.delete('/api/v1/me'), 401, 'UNAUTHENTICATED');
  });
});
