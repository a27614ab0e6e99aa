// Data for the candidate journeys, created through the real API (no mocks): an employer with an
// organisation and published postings, and the employer's side of the pipeline.
import type { Page } from 'playwright-core';
import { PASSWORD, uniqueEmail } from './portal';

export interface Session {
  email: string;
  accessToken: string;
  refreshToken: string;
}

async function call<T>(baseUrl: string, method: string, path: string, token?: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export async function registerThroughApi(
  baseUrl: string,
  role: 'candidate' | 'employer' | 'adviser',
  locale: 'ja' | 'ko' | 'en',
  prefix: string = role,
): Promise<Session> {
  const email = uniqueEmail(prefix);
  const registered = await call<{ accessToken: string; refreshToken: string }>(baseUrl, 'POST', '/auth/register', undefined, {
    email,
    password: PASSWORD,
    role,
    locale,
  });
  return { email, accessToken: registered.accessToken, refreshToken: registered.refreshToken };
}

export interface PostingInput {
  title: Record<string, string>;
  description?: Record<string, string>;
  country: 'KR' | 'JP';
  city: string;
  employmentType: 'internship' | 'full-time' | 'contract';
  salary?: { min?: number; max?: number; currency: 'KRW' | 'JPY'; period: 'year' | 'month' | 'hour' };
  languageRequirements?: { test: string; level?: string | number; score?: number }[];
  occupationCode?: string;
  sponsorship?: boolean;
  requiredSkills?: string[];
}

export interface EmployerWithPostings {
  employer: Session;
  organizationId: string;
  jobIds: string[];
}

/** Registers an employer, creates its organisation and publishes the postings, in the given order. */
export async function employerWithPostings(
  baseUrl: string,
  organization: { names: Record<string, string>; country: 'KR' | 'JP' },
  postings: PostingInput[],
): Promise<EmployerWithPostings> {
  const employer = await registerThroughApi(baseUrl, 'employer', organization.country === 'JP' ? 'ja' : 'ko');
  const org = await call<{ id: string }>(baseUrl, 'POST', '/organizations', employer.accessToken, {
    ...organization,
    size: 120,
    koreanInsuredStaff: 100,
    foreignProfessionalStaff: 2,
    domesticFocused: false,
  });
  const jobIds: string[] = [];
  for (const posting of postings) {
    const job = await call<{ id: string }>(baseUrl, 'POST', '/jobs', employer.accessToken, { organizationId: org.id, ...posting });
    await call(baseUrl, 'POST', `/jobs/${job.id}/publish`, employer.accessToken);
    jobIds.push(job.id);
  }
  return { employer, organizationId: org.id, jobIds };
}

export interface ApplicationSummary {
  id: string;
  status: string;
  job: { id: string };
  candidate: { id: string; displayName: string | null } | null;
}

/** The employer's applications (to its organisation's postings). */
export async function employerApplications(baseUrl: string, employer: Session): Promise<ApplicationSummary[]> {
  const page = await call<{ items: ApplicationSummary[] }>(baseUrl, 'GET', '/applications?limit=100', employer.accessToken);
  return page.items;
}

/** PATCH /applications/:id as the employer: one step along the pipeline, with a note for the candidate. */
export async function moveApplication(baseUrl: string, employer: Session, applicationId: string, status: string, note?: string): Promise<void> {
  await call(baseUrl, 'PATCH', `/applications/${applicationId}`, employer.accessToken, note ? { status, note } : { status });
}

export async function putProfile(baseUrl: string, session: Session, body: Record<string, unknown>): Promise<{ id: string }> {
  return call<{ id: string }>(baseUrl, 'PUT', '/candidates/me', session.accessToken, body);
}

export async function applyThroughApi(baseUrl: string, session: Session, jobId: string, coverNote?: string): Promise<{ id: string }> {
  return call<{ id: string }>(baseUrl, 'POST', `/jobs/${jobId}/applications`, session.accessToken, coverNote ? { coverNote } : {});
}

export async function loginStatus(baseUrl: string, email: string): Promise<number> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  return response.status;
}

/**
 * Opens the portal already signed in with a session made through the API: the refresh token is put where
 * the portal keeps it, once per tab (the portal rotates it on its first call), with the chosen language.
 */
export async function signInWithSession(page: Page, session: Session, locale: 'ja' | 'ko' | 'en'): Promise<void> {
  // A script string: this file is type-checked without the DOM library.
  await page.addInitScript(`
    if (!sessionStorage.getItem('candidate-test.seeded')) {
      localStorage.setItem('hashidari.refreshToken', ${JSON.stringify(session.refreshToken)});
      localStorage.setItem('hashidari.locale', ${JSON.stringify(locale)});
      sessionStorage.setItem('candidate-test.seeded', '1');
    }
  `);
}
