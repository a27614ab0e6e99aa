import { PASSWORD, uniqueEmail } from './portal';

/** An account created through the real API, with its tokens. */
export interface EmployerTestUser {
  id: string;
  email: string;
  accessToken: string;
}

type Locale = 'ja' | 'ko' | 'en';

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

/** POST /auth/register. */
export async function registerUser(baseUrl: string, role: 'candidate' | 'employer', locale: Locale, prefix: string): Promise<EmployerTestUser> {
  const email = uniqueEmail(prefix);
  const answer = await call<{ user: { id: string }; accessToken: string }>(baseUrl, 'POST', '/auth/register', {
    email,
    password: PASSWORD,
    role,
    locale,
  });
  return { id: answer.user.id, email, accessToken: answer.accessToken };
}

/** A candidate with a profile (PUT /candidates/me) who applied to the posting (POST /jobs/:id/applications). */
export async function candidateWhoApplied(
  baseUrl: string,
  jobId: string,
  { displayName, locale, coverNote }: { displayName: string; locale: Locale; coverNote: string },
): Promise<EmployerTestUser & { applicationId: string }> {
  const candidate = await registerUser(baseUrl, 'candidate', locale, 'applicant');
  await call(
    baseUrl,
    'PUT',
    '/candidates/me',
    {
      displayName,
      nationality: 'JP',
      birthDate: '2001-05-01',
      currentCountry: 'KR',
      currentStatus: 'KR:D-2',
      statusExpiresAt: '2027-08-31',
      education: [{ level: 'bachelor', institution: 'Yonsei University', country: 'KR', field: 'business administration', graduationDate: '2027-02-20' }],
      languageTests: [{ test: 'TOPIK', level: 5 }, { test: 'JLPT', level: 'N1' }],
      skills: ['sales'],
      visibility: 'applied',
    },
    candidate.accessToken,
  );
  const application = await call<{ id: string }>(baseUrl, 'POST', `/jobs/${jobId}/applications`, { coverNote }, candidate.accessToken);
  return { ...candidate, applicationId: application.id };
}

export interface ApiApplication {
  id: string;
  status: string;
  history: { fromStatus: string | null; toStatus: string; note: string | null; actorRole: string }[];
}

/** GET /applications as the candidate: what the candidate sees of their applications. */
export async function candidateApplications(baseUrl: string, candidate: EmployerTestUser): Promise<ApiApplication[]> {
  const page = await call<{ items: ApiApplication[] }>(baseUrl, 'GET', '/applications', undefined, candidate.accessToken);
  return page.items;
}

/** POST /organizations (as an employer). */
export async function createOrganizationThroughApi(baseUrl: string, employer: EmployerTestUser, body: Record<string, unknown>): Promise<{ id: string }> {
  return call(baseUrl, 'POST', '/organizations', body, employer.accessToken);
}

/** POST /jobs then POST /jobs/:id/publish. */
export async function publishedJobThroughApi(baseUrl: string, employer: EmployerTestUser, body: Record<string, unknown>): Promise<{ id: string }> {
  const job = await call<{ id: string }>(baseUrl, 'POST', '/jobs', body, employer.accessToken);
  await call(baseUrl, 'POST', `/jobs/${job.id}/publish`, undefined, employer.accessToken);
  return job;
}
