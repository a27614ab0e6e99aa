import { randomBytes } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import * as argon2 from 'argon2';
import type { TestApp } from '../setup/test-app';

export type RegistrableRole = 'candidate' | 'employer' | 'adviser';

export interface SignedInUser {
  id: string;
  email: string;
  password: string;
  role: string;
  accessToken: string;
  refreshToken: string;
  auth: { Authorization: string };
}

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}@example.com`;
}

/** Builds a valid registration body in memory. */
export function buildRegistration(overrides: Partial<{ email: string; password: string; role: RegistrableRole; locale: 'ja' | 'ko' | 'en' }> = {}) {
  return { email: uniqueEmail(), password: 'correct horse battery', role: 'candidate' as RegistrableRole, locale: 'ja' as const, ...overrides };
}

/** Registers a user through the API, as a real client would. */
export async function registerUser(http: TestAgent, role: RegistrableRole = 'candidate', locale: 'ja' | 'ko' | 'en' = 'ja'): Promise<SignedInUser> {
  const body = buildRegistration({ role, locale, email: uniqueEmail(role) });
  const response = await http.post('/api/v1/auth/register').send(body).expect(201);
  return {
    id: response.body.user.id,
    email: body.email,
    password: body.password,
    role,
    accessToken: response.body.accessToken,
    refreshToken: response.body.refreshToken,
    auth: { Authorization: `Bearer ${response.body.accessToken}` },
  };
}

/** Admins cannot register: the operator creates them. Tests do it in the database, then log in. */
export async function createAdmin(testApp: TestApp): Promise<SignedInUser> {
  const email = uniqueEmail('admin');
  const password = 'admin password 123';
  const passwordHash = await argon2.hash(password, { type: argon2.argon2id });
  const [row] = await testApp.app
    .get(DataSource)
    .query(`INSERT INTO users (email, password_hash, role, locale) VALUES ($1, $2, 'admin', 'en') RETURNING id`, [email, passwordHash]);
  const login = await testApp.http.post('/api/v1/auth/login').send({ email, password }).expect(200);
  return {
    id: row.id,
    email,
    password,
    role: 'admin',
    accessToken: login.body.accessToken,
    refreshToken: login.body.refreshToken,
    auth: { Authorization: `Bearer ${login.body.accessToken}` },
  };
}
