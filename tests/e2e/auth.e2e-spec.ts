import { buildRegistration, registerUser, uniqueEmail } from '../factories/users';
import { expectError } from '../setup/expect-error';
import { startTestApp, TestApp } from '../setup/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('POST /auth/register', () => {
  it.each(['candidate', 'employer', 'adviser'] as const)('registers a %s and signs them in', async (role) => {
    const body = buildRegistration({ role, locale: 'ko' });
    const response = await t.http.post('/api/v1/auth/register').send(body).expect(201);
    expect(response.body.user).toMatchObject({ email: body.email, role, locale: 'ko' });
    expect(response.body.user.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.body.user).not.toHaveProperty('passwordHash');
    const me = await t.http.get('/api/v1/me').set('Authorization', `Bearer ${response.body.accessToken}`).expect(200);
    expect(me.body).toMatchObject({ id: response.body.user.id, role, locale: 'ko' });
  });

  it('refuses admin self-registration', async () => {
    const response = await t.http.post('/api/v1/auth/register').send(buildRegistration({ role: 'admin' as never }));
    const error = expectError(response, 422, 'VALIDATION_FAILED');
    expect(error.details).toEqual([{ path: 'role', issue: 'must be one of candidate, employer, adviser' }]);
  });

  it('answers one detail per invalid field and refuses unknown fields', async () => {
    const response = await t.http
      .post('/api/v1/auth/register')
      .send({ email: 'not-an-email', password: 'short', role: 'candidate', locale: 'fr', isAdmin: true });
    const error = expectError(response, 422, 'VALIDATION_FAILED');
    expect(error.details?.map((d) => d.path).sort()).toEqual(['email', 'isAdmin', 'locale', 'password']);
    expect(error.details).toContainEqual({ path: 'isAdmin', issue: 'unknown field' });
  });

  it('answers 409 EMAIL_TAKEN for an address already registered, whatever its case', async () => {
    const body = buildRegistration();
    await t.http.post('/api/v1/auth/register').send(body).expect(201);
    const again = await t.http.post('/api/v1/auth/register').send({ ...body, email: body.email.toUpperCase() });
    expectError(again, 409, 'EMAIL_TAKEN');
  });

  it('lets only one of two simultaneous registrations of one address win', async () => {
    const body = buildRegistration();
    const [a, b] = await Promise.all([
      t.http.post('/api/v1/auth/register').send(body),
      t.http.post('/api/v1/auth/register').send(body),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
  });

  it('answers 400 with the envelope for a body that is not JSON', async () => {
    const response = await t.http.post('/api/v1/auth/register').set('Content-Type', 'application/json').send('{"email":');
    expectError(response, 400, 'BAD_REQUEST');
  });
});

describe('POST /auth/login', () => {
  it('signs in with the right password', async () => {
    const user = await registerUser(t.http, 'employer');
    const response = await t.http.post('/api/v1/auth/login').send({ email: user.email, password: user.password }).expect(200);
    expect(Object.keys(response.body).sort()).toEqual(['accessToken', 'refreshToken']);
    const me = await t.http.get('/api/v1/me').set('Authorization', `Bearer ${response.body.accessToken}`).expect(200);
    expect(me.body.role).toBe('employer');
  });

  it('refuses a wrong password and an unknown e-mail alike', async () => {
    const user = await registerUser(t.http);
    expectError(await t.http.post('/api/v1/auth/login').send({ email: user.email, password: 'wrong password!!' }), 401, 'INVALID_CREDENTIALS');
    expectError(await t.http.post('/api/v1/auth/login').send({ email: uniqueEmail(), password: user.password }), 401, 'INVALID_CREDENTIALS');
  });
});

describe('refresh tokens', () => {
  it('rotates on every refresh: the new pair works, the old refresh token is spent', async () => {
    const user = await registerUser(t.http);
    const first = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }).expect(200);
    expect(first.body.refreshToken).not.toBe(user.refreshToken);
    await t.http.get('/api/v1/me').set('Authorization', `Bearer ${first.body.accessToken}`).expect(200);
    const second = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: first.body.refreshToken }).expect(200);
    expect(second.body.refreshToken).not.toBe(first.body.refreshToken);
  });

  it('revokes the whole family when a spent refresh token is presented again', async () => {
    const user = await registerUser(t.http);
    const rotated = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }).expect(200);
    const reuse = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken });
    expectError(reuse, 401, 'INVALID_REFRESH_TOKEN');
    // the thief's (or the victim's) newer token dies with the family
    expectError(await t.http.post('/api/v1/auth/refresh').send({ refreshToken: rotated.body.refreshToken }), 401, 'INVALID_REFRESH_TOKEN');
  });

  it('does not let another login of the same user die with a revoked family', async () => {
    const user = await registerUser(t.http);
    const otherDevice = await t.http.post('/api/v1/auth/login').send({ email: user.email, password: user.password }).expect(200);
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }).expect(200);
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }).expect(401);
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: otherDevice.body.refreshToken }).expect(200);
  });

  it('lets only one of two simultaneous refreshes with one token succeed', async () => {
    const user = await registerUser(t.http);
    const results = await Promise.all([
      t.http.post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }),
      t.http.post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
  });

  it('refuses a token it never issued', async () => {
    expectError(await t.http.post('/api/v1/auth/refresh').send({ refreshToken: 'x'.repeat(43) }), 401, 'INVALID_REFRESH_TOKEN');
  });
});

describe('POST /auth/logout', () => {
  it('revokes the session: its refresh token no longer works', async () => {
    const user = await registerUser(t.http);
    await t.http.post('/api/v1/auth/logout').send({ refreshToken: user.refreshToken }).expect(204);
    expectError(await t.http.post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }), 401, 'INVALID_REFRESH_TOKEN');
  });

  it('refuses an unknown token and a missing one', async () => {
    expectError(await t.http.post('/api/v1/auth/logout').send({ refreshToken: 'y'.repeat(43) }), 401, 'INVALID_REFRESH_TOKEN');
    expectError(await t.http.post('/api/v1/auth/logout').send({}), 422, 'VALIDATION_FAILED');
  });
});

describe('GET and PATCH /me', () => {
  it('answers 401 without a token, with a malformed one and with a forged one', async () => {
    expectError(await t.http.get('/api/v1/me'), 401, 'UNAUTHENTICATED');
    expectError(await t.http.get('/api/v1/me').set('Authorization', 'Bearer not.a.jwt'), 401, 'UNAUTHENTICATED');
    const user = await registerUser(t.http);
    const [header, payload] = user.accessToken.split('.');
    const forged = `${header}.${payload}.${Buffer.from('forged-signature').toString('base64url')}`;
    expectError(await t.http.get('/api/v1/me').set('Authorization', `Bearer ${forged}`), 401, 'UNAUTHENTICATED');
  });

  it('changes the language of the signed-in user and refuses other values', async () => {
    const user = await registerUser(t.http, 'adviser', 'ja');
    const response = await t.http.patch('/api/v1/me').set(user.auth).send({ locale: 'en' }).expect(200);
    expect(response.body.locale).toBe('en');
    expectError(await t.http.patch('/api/v1/me').set(user.auth).send({ locale: 'de' }), 422, 'VALIDATION_FAILED');
    expectError(await t.http.patch('/api/v1/me').set(user.auth).send({ locale: 'ko', role: 'admin' }), 422, 'VALIDATION_FAILED');
    const me = await t.http.get('/api/v1/me').set(user.auth).expect(200);
    expect(me.body).toMatchObject({ role: 'adviser', locale: 'en' });
  });
});
