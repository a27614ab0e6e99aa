import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { ACCESS_METADATA } from '../../apps/api/src/common/auth/auth.decorator';
import { pendingSchemaChanges } from '../../apps/api/src/database/schema-diff';
import { createAdmin, registerUser } from '../factories/users';
import { expectError } from '../setup/expect-error';
import { startTestApp, TestApp } from '../setup/test-app';

describe('the platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ CORS_ORIGINS: 'https://portal.example.com' });
  });
  afterAll(() => t.close());

  it('reports a live database on /health', async () => {
    const response = await t.http.get('/api/v1/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('lets no cache keep an API answer (personal data), and computes no ETag for one', async () => {
    const candidate = await registerUser(t.http, 'candidate');
    for (const response of [await t.http.get('/api/v1/me').set(candidate.auth).expect(200), await t.http.get('/api/v1/jobs').expect(200)]) {
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers.etag).toBeUndefined();
    }
  });

  it('gives every response a request id, keeping a sane one the caller sent', async () => {
    const generated = await t.http.get('/api/v1/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await t.http.get('/api/v1/me').set('x-request-id', 'trace-abc-12345');
    expect(kept.headers['x-request-id']).toBe('trace-abc-12345');
    expect(kept.body.error.requestId).toBe('trace-abc-12345');
    const refused = await t.http.get('/api/v1/health').set('x-request-id', 'bad id with spaces');
    expect(refused.headers['x-request-id']).not.toBe('bad id with spaces');
  });

  it('sets security headers', async () => {
    const response = await t.http.get('/api/v1/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('allows cross-origin calls only from the configured origins', async () => {
    const allowed = await t.http.options('/api/v1/me').set('Origin', 'https://portal.example.com').set('Access-Control-Request-Method', 'GET');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://portal.example.com');
    const other = await t.http.options('/api/v1/me').set('Origin', 'https://evil.example.net').set('Access-Control-Request-Method', 'GET');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers an unknown route with 404 in the envelope', async () => {
    expectError(await t.http.get('/api/v1/no-such-thing'), 404, 'NOT_FOUND');
  });

  it('serves the OpenAPI document with bearer security and the error envelope', async () => {
    const response = await t.http.get('/api/docs-json').expect(200);
    expect(response.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(response.body.components.schemas.ErrorEnvelopeDto).toBeDefined();
    expect(response.body.paths['/api/v1/me'].get.security).toEqual([{ bearer: [] }]);
    expect(response.body.paths['/api/v1/auth/login'].post.security).toBeUndefined();
    const ui = await t.http.get('/api/docs').expect(200);
    expect(ui.text).toContain('swagger');
  });

  it('declares an access rule on every route (deny by default)', () => {
    const scanner = new MetadataScanner();
    const undeclared: string[] = [];
    const controllers = [...t.app.get(ModulesContainer).values()].flatMap((m) => [...m.controllers.values()]);
    expect(controllers.length).toBeGreaterThan(3);
    for (const wrapper of controllers) {
      const prototype = Object.getPrototypeOf(wrapper.instance);
      for (const method of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method];
        if (Reflect.getMetadata('path', handler) === undefined) continue;
        const rule = Reflect.getMetadata(ACCESS_METADATA, handler) ?? Reflect.getMetadata(ACCESS_METADATA, wrapper.metatype as object);
        if (!rule) undeclared.push(`${wrapper.name}.${method}`);
      }
    }
    expect(undeclared).toEqual([]);
  });

  describe('admin routes', () => {
    it.each(['candidate', 'employer', 'adviser'] as const)('refuses a %s with 403', async (role) => {
      const user = await registerUser(t.http, role);
      expectError(await t.http.get('/api/v1/admin/users').set(user.auth), 403, 'FORBIDDEN');
    });

    it('refuses an anonymous caller with 401', async () => {
      expectError(await t.http.get('/api/v1/admin/users'), 401, 'UNAUTHENTICATED');
    });

    it('lists every account to an admin, page by page without gaps or repeats', async () => {
      const admin = await createAdmin(t);
      for (let i = 0; i < 5; i += 1) await registerUser(t.http);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const response: Response = await t.http.get('/api/v1/admin/users').query({ limit: 2, ...(cursor ? { cursor } : {}) }).set(admin.auth).expect(200);
        seen.push(...response.body.items.map((u: { id: string }) => u.id));
        cursor = response.body.nextCursor;
      } while (cursor);
      const [{ count }] = await t.app.get(DataSource).query('SELECT count(*)::int AS count FROM users');
      expect(seen).toHaveLength(count);
      expect(new Set(seen).size).toBe(count);
    });

    it('refuses a forged cursor and an out-of-range limit with 422', async () => {
      const admin = await createAdmin(t);
      expectError(await t.http.get('/api/v1/admin/users').query({ cursor: 'garbage' }).set(admin.auth), 422, 'VALIDATION_FAILED');
      expectError(await t.http.get('/api/v1/admin/users').query({ limit: 1000 }).set(admin.auth), 422, 'VALIDATION_FAILED');
    });
  });

  it('reports 503 on /health when the database is gone', async () => {
    const other = await startTestApp();
    try {
      await other.app.get(DataSource).destroy();
      const response = await other.http.get('/api/v1/health');
      const error = expectError(response, 503, 'SERVICE_UNAVAILABLE');
      expect(error.details).toEqual([{ path: 'database', issue: 'down' }]);
    } finally {
      await other.close();
    }
  });
});

describe('rate limiting', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => t.close());

  it('answers 429 RATE_LIMITED after the strict login limit, with Retry-After', async () => {
    const attempt = () => t.http.post('/api/v1/auth/login').send({ email: 'nobody@example.com', password: 'whatever password' });
    for (let i = 0; i < 3; i += 1) expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expectError(limited, 429, 'RATE_LIMITED');
    expect(limited.headers['retry-after']).toBeDefined();
  });

  it('does not apply the strict limit to ordinary routes', async () => {
    for (let i = 0; i < 6; i += 1) await t.http.get('/api/v1/health').expect(200);
  });
});

describe('migrations', () => {
  it('match the entities: a freshly generated migration would be empty', async () => {
    const t = await startTestApp();
    try {
      const diff = await pendingSchemaChanges(t.app.get(DataSource));
      expect(diff.up).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
