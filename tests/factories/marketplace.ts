import type TestAgent from 'supertest/lib/agent';
import type { SignedInUser } from './users';

export function buildOrganization(overrides: Record<string, unknown> = {}) {
  return {
    names: { ko: '한빛무역', en: 'Hanbit Trading' },
    country: 'KR',
    registrationNumber: '120-81-00000',
    size: 120,
    koreanInsuredStaff: 110,
    foreignProfessionalStaff: 3,
    domesticFocused: false,
    jpCategory: null,
    ...overrides,
  };
}

export async function createOrganization(http: TestAgent, employer: SignedInUser, overrides: Record<string, unknown> = {}): Promise<{ id: string }> {
  const response = await http.post('/api/v1/organizations').set(employer.auth).send(buildOrganization(overrides)).expect(201);
  return response.body;
}

export function buildJob(organizationId: string, overrides: Record<string, unknown> = {}) {
  return {
    organizationId,
    title: { ko: '해외영업원 채용', en: 'Overseas Sales' },
    description: { ko: '일본 거래처 관리와 신규 바이어 발굴을 담당합니다.' },
    country: 'KR',
    city: 'Seoul',
    occupationCode: '2742',
    employmentType: 'full-time',
    salary: { min: 33_000_000, max: 40_000_000, currency: 'KRW', period: 'year' },
    languageRequirements: [{ test: 'TOPIK', level: 4 }],
    requiredSkills: ['sales'],
    preferredSkills: ['excel'],
    educationLevel: 'bachelor',
    sponsorship: true,
    // No deadline by default: a fixed one would close every test posting once it passed.
    startDate: '2027-04-01',
    ...overrides,
  };
}

export async function createJob(http: TestAgent, employer: SignedInUser, organizationId: string, overrides: Record<string, unknown> = {}) {
  const response = await http.post('/api/v1/jobs').set(employer.auth).send(buildJob(organizationId, overrides)).expect(201);
  return response.body as { id: string; status: string; [key: string]: unknown };
}

export async function createPublishedJob(http: TestAgent, employer: SignedInUser, organizationId: string, overrides: Record<string, unknown> = {}) {
  const job = await createJob(http, employer, organizationId, overrides);
  await http.post(`/api/v1/jobs/${job.id}/publish`).set(employer.auth).expect(200);
  return job;
}

export function buildProfile(overrides: Record<string, unknown> = {}) {
  return {
    displayName: '佐藤 美咲',
    familyName: '佐藤',
    givenName: '美咲',
    nameReading: 'サトウ ミサキ',
    nationality: 'JP',
    birthDate: '2001-05-01',
    currentCountry: 'KR',
    currentStatus: 'KR:D-2',
    statusExpiresAt: '2027-08-31',
    education: [
      { level: 'bachelor', institution: 'Yonsei University', country: 'KR', field: 'business administration', startDate: '2022-03-01', graduationDate: '2027-02-20', gpa: 3.4, gpaScale: 4.5 },
    ],
    languageTests: [{ test: 'TOPIK', level: 5, date: '2026-10-19' }, { test: 'JLPT', level: 'N1' }],
    skills: ['営業', 'Excel'],
    experience: [{ title: 'Sales intern', occupationCode: '2742', months: 6, country: 'KR' }],
    wishes: {
      countries: ['KR', 'JP'],
      occupationCodes: ['2742'],
      employmentTypes: ['full-time'],
      salaryFloor: { amount: 30_000_000, currency: 'KRW', period: 'year' },
      startFrom: '2027-03-01',
    },
    visibility: 'verified-employers',
    ...overrides,
  };
}

export async function putProfile(http: TestAgent, candidate: SignedInUser, overrides: Record<string, unknown> = {}): Promise<{ id: string; [key: string]: unknown }> {
  const response = await http.put('/api/v1/candidates/me').set(candidate.auth).send(buildProfile(overrides)).expect(200);
  return response.body;
}
