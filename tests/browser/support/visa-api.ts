import type { Page } from 'playwright-core';
import { PASSWORD, uniqueEmail } from './portal';

/** A user created through the real API, with the tokens it answered. */
export interface ApiUser {
  id: string;
  email: string;
  accessToken: string;
  refreshToken: string;
}

async function call<T>(baseUrl: string, method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** POST /auth/register: a fresh account of the role, in the language. */
export async function registerThroughApi(baseUrl: string, role: 'candidate' | 'employer' | 'adviser', locale: 'ja' | 'ko' | 'en', prefix: string = role): Promise<ApiUser> {
  const email = uniqueEmail(prefix);
  const answer = await call<{ user: { id: string }; accessToken: string; refreshToken: string }>(baseUrl, 'POST', '/auth/register', {
    email,
    password: PASSWORD,
    role,
    locale,
  });
  return { id: answer.user.id, email, accessToken: answer.accessToken, refreshToken: answer.refreshToken };
}

/** PUT /candidates/me with the facts a plan reads (status, its expiry, a degree). */
export async function putCandidateProfile(baseUrl: string, user: ApiUser, profile: Record<string, unknown>): Promise<{ id: string }> {
  return call(baseUrl, 'PUT', '/candidates/me', profile, user.accessToken);
}

/** POST /candidates/me/advisers: the candidate consents to the adviser. */
export async function grantAdviser(baseUrl: string, candidate: ApiUser, adviserEmail: string): Promise<void> {
  await call(baseUrl, 'POST', '/candidates/me/advisers', { adviserEmail }, candidate.accessToken);
}

export interface ApiPlan {
  id: string;
  items: { itemId: string; stageId: string; label: { ja?: string; ko?: string; en?: string }; status: string }[];
}

/** POST /pathway-plans. */
export async function createPlanThroughApi(baseUrl: string, candidate: ApiUser, body: Record<string, unknown>): Promise<ApiPlan> {
  return call(baseUrl, 'POST', '/pathway-plans', body, candidate.accessToken);
}

/** PATCH /pathway-plans/:id/items/:itemId. */
export async function updateItemThroughApi(baseUrl: string, user: ApiUser, planId: string, itemId: string, body: Record<string, unknown>): Promise<ApiPlan> {
  return call(baseUrl, 'PATCH', `/pathway-plans/${planId}/items/${itemId}`, body, user.accessToken);
}

/**
 * Signs the page in as the user by storing its refresh token, as the portal does after a login (the
 * portal then refreshes and rotates it). The page's language is the context's, or `locale` when given.
 */
export async function signInWithToken(page: Page, user: ApiUser, locale?: 'ja' | 'ko' | 'en'): Promise<void> {
  await page.goto('/');
  // A script string: the test files are compiled without the DOM library.
  const language = locale ? `localStorage.setItem('hashidari.locale', ${JSON.stringify(locale)});` : '';
  await page.evaluate(`localStorage.setItem('hashidari.refreshToken', ${JSON.stringify(user.refreshToken)}); ${language}`);
}
