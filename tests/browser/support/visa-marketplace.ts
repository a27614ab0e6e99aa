import { setRole, PASSWORD } from './portal';
import { registerThroughApi, type ApiUser } from './visa-api';
import { daysFromToday } from './visa-dates';

async function call<T>(baseUrl: string, method: string, path: string, token: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** An employer with a Korean organisation (verified by an admin when asked) and one published posting. */
export async function employerWithPosting(
  baseUrl: string,
  databaseUrl: string,
  { verified, title }: { verified: boolean; title: { ko: string; en: string } },
): Promise<{ employer: ApiUser; organizationId: string; jobId: string }> {
  const employer = await registerThroughApi(baseUrl, 'employer', 'ko', 'matches-employer');
  const organization = await call<{ id: string }>(baseUrl, 'POST', '/organizations', employer.accessToken, {
    names: { ko: '한빛무역', en: 'Hanbit Trading' },
    country: 'KR',
    registrationNumber: '120-81-00000',
    size: 120,
    koreanInsuredStaff: 110,
    foreignProfessionalStaff: 3,
    domesticFocused: false,
    jpCategory: null,
  });
  const job = await call<{ id: string }>(baseUrl, 'POST', '/jobs', employer.accessToken, {
    organizationId: organization.id,
    title,
    description: { ko: '일본 거래처 관리와 신규 바이어 발굴을 담당합니다.' },
    country: 'KR',
    city: 'Seoul',
    occupationCode: '2742',
    employmentType: 'full-time',
    salary: { min: 33_000_000, max: 40_000_000, currency: 'KRW', period: 'year' },
    languageRequirements: [{ test: 'TOPIK', level: 4 }],
    requiredSkills: ['sales', 'japanese'],
    preferredSkills: ['excel'],
    educationLevel: 'bachelor',
    sponsorship: true,
    startDate: daysFromToday(120),
    deadline: daysFromToday(60),
  });
  await call(baseUrl, 'POST', `/jobs/${job.id}/publish`, employer.accessToken);
  if (verified) {
    const admin = await registerThroughApi(baseUrl, 'candidate', 'en', 'matches-admin');
    await setRole(databaseUrl, admin.email, 'admin');
    const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: admin.email, password: PASSWORD }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    await call(baseUrl, 'POST', `/admin/organizations/${organization.id}/verify`, accessToken);
  }
  return { employer, organizationId: organization.id, jobId: job.id };
}

/** A Japanese graduate in Korea on D-2 who wishes to sell in Korea and lets verified employers see them. */
export async function salesCandidate(baseUrl: string, displayName: { family: string; given: string }): Promise<ApiUser & { profileId: string }> {
  const candidate = await registerThroughApi(baseUrl, 'candidate', 'ja', 'matches-candidate');
  const profile = await call<{ id: string }>(baseUrl, 'PUT', '/candidates/me', candidate.accessToken, {
    displayName: `${displayName.family} ${displayName.given}`,
    familyName: displayName.family,
    givenName: displayName.given,
    nationality: 'JP',
    birthDate: '2001-05-01',
    currentCountry: 'KR',
    currentStatus: 'KR:D-2',
    statusExpiresAt: daysFromToday(300),
    education: [{ level: 'bachelor', institution: 'Yonsei University', country: 'KR', field: 'business administration', startDate: '2022-03-01', graduationDate: daysFromToday(90) }],
    languageTests: [{ test: 'TOPIK', level: 5, date: daysFromToday(-100) }, { test: 'JLPT', level: 'N1' }],
    skills: ['sales', 'japanese'],
    experience: [],
    wishes: {
      countries: ['KR'],
      employmentTypes: ['full-time'],
      occupationCodes: ['2742'],
      salaryFloor: { amount: 30_000_000, currency: 'KRW', period: 'year' },
      startFrom: daysFromToday(100),
    },
    visibility: 'verified-employers',
  });
  return { ...candidate, profileId: profile.id };
}
