import { DataSource } from 'typeorm';
import { createOrganization, createPublishedJob, putProfile } from '../../factories/marketplace';
import { registerUser, SignedInUser } from '../../factories/users';
import { expectError } from '../../setup/expect-error';
import { startTestApp, TestApp } from '../../setup/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function candidateWithPlan(): Promise<{ candidate: SignedInUser; profileId: string; plan: { id: string; items: { itemId: string; status: string }[]; [k: string]: unknown } }> {
  const candidate = await registerUser(t.http, 'candidate');
  const profile = await putProfile(t.http, candidate);
  const plan = await t.http
    .post('/api/v1/pathway-plans')
    .set(candidate.auth)
    .send({ pathwayId: 'kr-d2-d10-e7', startDate: '2024-03-01', statusExpiresAt: '2027-02-28', graduationDate: '2027-02-20' })
    .expect(201);
  return { candidate, profileId: profile.id, plan: plan.body };
}

describe('pathway plans', () => {
  it('builds a timeline with dated stages, deadlines and a checklist per stage', async () => {
    const { plan } = await candidateWithPlan();
    expect(plan).toMatchObject({ pathwayId: 'kr-d2-d10-e7', ruleSetVersion: expect.any(String) });
    const stages = plan.stages as { id: string; startDate?: string; deadlines: { date: string; atRisk: boolean }[]; proposal: { kind: string } }[];
    expect(stages.length).toBeGreaterThanOrEqual(3);
    expect(stages[0].startDate).toBe('2024-03-01');
    expect(stages.flatMap((s) => s.deadlines).length).toBeGreaterThan(0);
    expect(stages.every((s) => s.proposal.kind === 'proposal')).toBe(true);
    expect(plan.items.length).toBeGreaterThan(3);
    expect(plan.items.every((i) => i.status === 'todo')).toBe(true);
  });

  it('can aim at a posting, whose start date becomes the job start', async () => {
    const employer = await registerUser(t.http, 'employer');
    const job = await createPublishedJob(t.http, employer, (await createOrganization(t.http, employer)).id, { startDate: '2027-04-01', deadline: '2027-03-01' });
    const candidate = await registerUser(t.http, 'candidate');
    const response = await t.http.post('/api/v1/pathway-plans').set(candidate.auth).send({ pathwayId: 'kr-d2-e7', startDate: '2023-03-01', targetJobId: job.id }).expect(201);
    expect(response.body.targetJob).toMatchObject({ id: job.id, startDate: '2027-04-01' });
  });

  it.each([
    [{ pathwayId: 'no-such-path', startDate: '2024-03-01' }, 'pathwayId'],
    [{ pathwayId: 'kr-d2-d10-e7', startDate: '2024-02-30' }, 'startDate'],
    [{ pathwayId: 'kr-d2-d10-e7', startDate: '2024-03-01', stageStarts: { internship: 'soon' } }, 'stageStarts'],
    [{ pathwayId: 'kr-d2-d10-e7', startDate: '2024-03-01', targetJobId: '00000000-0000-4000-8000-000000000000' }, 'targetJobId'],
    [{ pathwayId: 'kr-d2-d10-e7', startDate: '2024-03-01', colour: 'red' }, 'colour'],
  ])('refuses %j at %s', async (body, path) => {
    const candidate = await registerUser(t.http, 'candidate');
    const response = await t.http.post('/api/v1/pathway-plans').set(candidate.auth).send(body);
    expect(expectError(response, 422, 'VALIDATION_FAILED').details?.map((d) => d.path)).toContain(path);
    expect((await t.http.get('/api/v1/pathway-plans').set(candidate.auth).expect(200)).body).toEqual([]);
  });

  it.each(['employer', 'adviser'] as const)('refuses plan creation by a %s', async (role) => {
    const user = await registerUser(t.http, role);
    expectError(await t.http.post('/api/v1/pathway-plans').set(user.auth).send({ pathwayId: 'kr-d2-e7', startDate: '2024-03-01' }), 403, 'FORBIDDEN');
  });
});

describe('moving a plan\'s dates', () => {
  const patch = (user: SignedInUser, id: string, body: Record<string, unknown>) => t.http.patch(`/api/v1/pathway-plans/${id}`).set(user.auth).send(body);

  it('moves the timeline with the new dates and keeps the checklist, its progress and its audit trail', async () => {
    const { candidate, plan } = await candidateWithPlan();
    expect(plan.dates).toEqual({ startDate: '2024-03-01', statusExpiresAt: '2027-02-28', graduationDate: '2027-02-20' });
    const item = plan.items[0];
    await t.http.patch(`/api/v1/pathway-plans/${plan.id}/items/${item.itemId}`).set(candidate.auth).send({ status: 'done' }).expect(200);

    const moved = await patch(candidate, plan.id, { startDate: '2024-09-01', graduationDate: '2027-08-20', stageStarts: { 'd2-internship': '2026-07-01' } }).expect(200);
    expect(moved.body.dates).toEqual({ startDate: '2024-09-01', statusExpiresAt: '2027-02-28', graduationDate: '2027-08-20', stageStarts: { 'd2-internship': '2026-07-01' } });
    const stages = moved.body.stages as { id: string; startDate?: string }[];
    expect(stages[0].startDate).toBe('2024-09-01');
    expect(stages.find((stage) => stage.id === 'd2-internship')?.startDate).toBe('2026-07-01');
    expect(moved.body.items.map((i: { itemId: string }) => i.itemId)).toEqual(plan.items.map((i) => i.itemId));
    expect(moved.body.items.find((i: { itemId: string }) => i.itemId === item.itemId).status).toBe('done');
    expect(moved.body.events).toHaveLength(1);
  });

  it.each([
    [{}, 'startDate'],
    [{ startDate: '2024-02-30' }, 'startDate'],
    [{ stageStarts: { 'no-such-stage': '2026-07-01' } }, 'stageStarts.no-such-stage'],
    [{ stageStarts: { 'd2-internship': 'soon' } }, 'stageStarts'],
    [{ pathwayId: 'kr-d2-e7' }, 'pathwayId'],
  ])('refuses %j at %s and changes nothing', async (body, path) => {
    const { candidate, plan } = await candidateWithPlan();
    const response = await patch(candidate, plan.id, body);
    expect(expectError(response, 422, 'VALIDATION_FAILED').details?.map((d) => d.path)).toContain(path);
    expect((await t.http.get(`/api/v1/pathway-plans/${plan.id}`).set(candidate.auth).expect(200)).body.dates).toEqual(plan.dates);
  });

  it('lets only the candidate move the dates: another candidate gets 404, the consented adviser and others 403', async () => {
    const { candidate, plan } = await candidateWithPlan();
    const adviser = await registerUser(t.http, 'adviser');
    await t.http.post('/api/v1/candidates/me/advisers').set(candidate.auth).send({ adviserEmail: adviser.email }).expect(201);
    expectError(await patch(await registerUser(t.http, 'candidate'), plan.id, { startDate: '2024-09-01' }), 404, 'NOT_FOUND');
    expectError(await patch(adviser, plan.id, { startDate: '2024-09-01' }), 403, 'FORBIDDEN');
    expectError(await patch(await registerUser(t.http, 'employer'), plan.id, { startDate: '2024-09-01' }), 403, 'FORBIDDEN');
    expect((await t.http.get(`/api/v1/pathway-plans/${plan.id}`).set(candidate.auth).expect(200)).body.dates.startDate).toBe('2024-03-01');
  });
});

describe('checklist review', () => {
  it('lets the candidate tick and annotate, but not verify their own item', async () => {
    const { candidate, plan } = await candidateWithPlan();
    const item = plan.items[0];
    const ticked = await t.http.patch(`/api/v1/pathway-plans/${plan.id}/items/${item.itemId}`).set(candidate.auth).send({ status: 'done', note: '원본 준비 완료' }).expect(200);
    expect(ticked.body.items[0]).toMatchObject({ status: 'done', note: '원본 준비 완료' });
    expectError(await t.http.patch(`/api/v1/pathway-plans/${plan.id}/items/${item.itemId}`).set(candidate.auth).send({ status: 'verified' }), 403, 'FORBIDDEN');
  });

  it('lets only a consented adviser verify or reject, keeps an audit trail, and nobody can edit it', async () => {
    const { candidate, plan } = await candidateWithPlan();
    const adviser = await registerUser(t.http, 'adviser');
    const item = plan.items[1];
    await t.http.patch(`/api/v1/pathway-plans/${plan.id}/items/${item.itemId}`).set(candidate.auth).send({ status: 'done' }).expect(200);

    expectError(await t.http.patch(`/api/v1/pathway-plans/${plan.id}/items/${item.itemId}`).set(adviser.auth).send({ status: 'verified' }), 404, 'NOT_FOUND');
    expectError(await t.http.get(`/api/v1/pathway-plans/${plan.id}`).set(adviser.auth), 404, 'NOT_FOUND');

    await t.http.post('/api/v1/candidates/me/advisers').set(candidate.auth).send({ adviserEmail: adviser.email }).expect(201);
    const untouched = plan.items[2];
    expectError(await t.http.patch(`/api/v1/pathway-plans/${plan.id}/items/${untouched.itemId}`).set(adviser.auth).send({ status: 'done' }), 403, 'FORBIDDEN');
    await t.http.patch(`/api/v1/pathway-plans/${plan.id}/items/${item.itemId}`).set(adviser.auth).send({ status: 'rejected', note: '사본이 흐립니다' }).expect(200);
    await t.http.patch(`/api/v1/pathway-plans/${plan.id}/items/${item.itemId}`).set(candidate.auth).send({ status: 'done', note: '다시 스캔했습니다' }).expect(200);
    const verified = await t.http.patch(`/api/v1/pathway-plans/${plan.id}/items/${item.itemId}`).set(adviser.auth).send({ status: 'verified', note: '확인' }).expect(200);

    expect(verified.body.items[1]).toMatchObject({ status: 'verified', reviewerNote: '확인', note: '다시 스캔했습니다' });
    expect(verified.body.events.map((e: { action: string; actorRole: string }) => `${e.actorRole}:${e.action}`)).toEqual([
      'candidate:ticked',
      'adviser:rejected',
      'candidate:ticked',
      'adviser:verified',
    ]);
    const other = await registerUser(t.http, 'employer');
    expectError(await t.http.patch(`/api/v1/pathway-plans/${plan.id}/items/${item.itemId}`).set(other.auth).send({ status: 'verified' }), 403, 'FORBIDDEN');

    const db = t.app.get(DataSource);
    await expect(db.query(`UPDATE plan_item_events SET note = 'rewritten' WHERE plan_id = $1`, [plan.id])).rejects.toThrow(/cannot be changed/);
    await expect(db.query(`DELETE FROM plan_item_events WHERE plan_id = $1`, [plan.id])).rejects.toThrow(/cannot be changed/);

    await t.http.delete(`/api/v1/candidates/me/advisers/${adviser.id}`).set(candidate.auth).expect(204);
    expectError(await t.http.patch(`/api/v1/pathway-plans/${plan.id}/items/${item.itemId}`).set(adviser.auth).send({ status: 'rejected' }), 404, 'NOT_FOUND');
  });

  it('lets the candidate delete a plan of theirs, checklist and audit trail included, and nobody else', async () => {
    const { candidate, plan } = await candidateWithPlan();
    const adviser = await registerUser(t.http, 'adviser');
    await t.http.post('/api/v1/candidates/me/advisers').set(candidate.auth).send({ adviserEmail: adviser.email }).expect(201);
    await t.http.patch(`/api/v1/pathway-plans/${plan.id}/items/${plan.items[0].itemId}`).set(candidate.auth).send({ status: 'done' }).expect(200);
    expectError(await t.http.delete(`/api/v1/pathway-plans/${plan.id}`).set(adviser.auth), 403, 'FORBIDDEN');
    expectError(await t.http.delete(`/api/v1/pathway-plans/${plan.id}`).set((await registerUser(t.http, 'candidate')).auth), 404, 'NOT_FOUND');

    await t.http.delete(`/api/v1/pathway-plans/${plan.id}`).set(candidate.auth).expect(204);
    expectError(await t.http.get(`/api/v1/pathway-plans/${plan.id}`).set(candidate.auth), 404, 'NOT_FOUND');
    expect((await t.http.get('/api/v1/pathway-plans').set(candidate.auth).expect(200)).body).toEqual([]);
    const db = t.app.get(DataSource);
    const [{ items, events }] = await db.query(
      'SELECT (SELECT count(*) FROM plan_checklist_items WHERE plan_id = $1)::int AS items, (SELECT count(*) FROM plan_item_events WHERE plan_id = $1)::int AS events',
      [plan.id],
    );
    expect({ items, events }).toEqual({ items: 0, events: 0 });
    expectError(await t.http.delete(`/api/v1/pathway-plans/${plan.id}`).set(candidate.auth), 404, 'NOT_FOUND');
  });

  it('keeps other candidates out and lets the candidate erase everything', async () => {
    const { candidate, plan } = await candidateWithPlan();
    const other = await registerUser(t.http, 'candidate');
    expectError(await t.http.get(`/api/v1/pathway-plans/${plan.id}`).set(other.auth), 404, 'NOT_FOUND');
    await t.http.patch(`/api/v1/pathway-plans/${plan.id}/items/${plan.items[0].itemId}`).set(candidate.auth).send({ status: 'done' }).expect(200);
    await t.http.delete('/api/v1/me').set(candidate.auth).expect(204);
    const [{ count }] = await t.app.get(DataSource).query('SELECT count(*)::int AS count FROM plan_item_events WHERE plan_id = $1', [plan.id]);
    expect(count).toBe(0);
  });
});

describe('the adviser caseload', () => {
  it('lists only consenting candidates, the one with deadlines at risk first', async () => {
    const adviser = await registerUser(t.http, 'adviser');
    const calm = await registerUser(t.http, 'candidate');
    await putProfile(t.http, calm, { displayName: 'Calm', statusExpiresAt: '2030-01-01' });
    const urgent = await registerUser(t.http, 'candidate');
    const soon = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await putProfile(t.http, urgent, { displayName: 'Urgent', statusExpiresAt: soon });
    await t.http.post('/api/v1/pathway-plans').set(urgent.auth).send({ pathwayId: 'kr-d2-d10-e7', startDate: '2024-03-01', statusExpiresAt: soon }).expect(201);
    const stranger = await registerUser(t.http, 'candidate');
    await putProfile(t.http, stranger, { displayName: 'Stranger' });
    for (const c of [calm, urgent]) await t.http.post('/api/v1/candidates/me/advisers').set(c.auth).send({ adviserEmail: adviser.email }).expect(201);

    const caseload = await t.http.get('/api/v1/advisers/me/candidates').set(adviser.auth).expect(200);
    expect(caseload.body.map((c: { candidate: { displayName: string } }) => c.candidate.displayName)).toEqual(['Urgent', 'Calm']);
    expect(caseload.body[0].atRiskCount).toBeGreaterThan(0);
    expect(caseload.body[0].nextDeadline).toMatchObject({ daysLeft: expect.any(Number) });
    const plans = await t.http.get('/api/v1/pathway-plans').query({ candidateId: caseload.body[0].candidate.id }).set(adviser.auth).expect(200);
    expect(plans.body).toHaveLength(1);
  });

  it.each(['candidate', 'employer'] as const)('refuses a %s', async (role) => {
    const user = await registerUser(t.http, role);
    expectError(await t.http.get('/api/v1/advisers/me/candidates').set(user.auth), 403, 'FORBIDDEN');
  });
});
