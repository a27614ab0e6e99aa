/**
 * Builds realistic platform data in memory: verified employers in Korea and Japan with their recruiters,
 * postings written in the employers' languages, and candidates of both directions (Japanese graduates in
 * Korea, Koreans heading to Japan or staying in Korea). Deterministic for a given seed.
 */
import { addDays, Currency, LanguageTestResult, MarketCountry } from '@hashidari/domain-core';
import type { EducationEntry, Wishes } from '@hashidari/marketplace';
import { OCCUPATIONS } from '@hashidari/taxonomy';
import type { PutCandidateProfileDto } from '../../modules/candidates/dto/candidate-profile.dto';
import type { CreateJobDto } from '../../modules/jobs/dto/job.dto';
import { employerSeed, EmployerSeed, JP_CITIES, KR_CITIES, POSTING_TEMPLATES, PostingTemplate } from './demo-content';
import { JP_FAMILY, JP_GIVEN, JP_UNIVERSITIES, KR_FAMILY, KR_GIVEN, KR_UNIVERSITIES, MAJORS } from './people-content';
import { Random } from './random';

export interface GeneratedEmployer extends EmployerSeed {
  key: string;
  recruiterEmail: string;
}

export interface GeneratedPosting {
  employerKey: string;
  body: Omit<CreateJobDto, 'organizationId'>;
  status: 'draft' | 'published' | 'closed';
  publishedDaysAgo: number;
}

export interface GeneratedCandidate {
  email: string;
  locale: 'ja' | 'ko' | 'en';
  profile: PutCandidateProfileDto;
}

const CURRENCY: Record<MarketCountry, Currency> = { KR: 'KRW', JP: 'JPY' };

export function generateEmployers(countPerCountry: number, emailDomain: string): GeneratedEmployer[] {
  return (['KR', 'JP'] as const).flatMap((country) =>
    Array.from({ length: countPerCountry }, (_, n) => {
      const seed = employerSeed(country, n);
      const key = `${country.toLowerCase()}-${n + 1}`;
      return { ...seed, key, recruiterEmail: `recruiter.${key}@${emailDomain}` };
    }),
  );
}

function occupationCode(template: PostingTemplate, country: MarketCountry): string | undefined {
  const occupation = OCCUPATIONS.find((o) => o.id === template.occupation);
  return country === 'KR' ? occupation?.krE7Codes[0] : occupation?.jpMhlwCodes[0];
}

function roundPay(amount: number, currency: Currency, period: 'year' | 'month'): number {
  const step = currency === 'KRW' ? (period === 'year' ? 1_000_000 : 100_000) : period === 'year' ? 100_000 : 10_000;
  return Math.round(amount / step) * step;
}

export function generatePostings(employers: GeneratedEmployer[], count: number, today: string, random: Random): GeneratedPosting[] {
  const postings: GeneratedPosting[] = [];
  for (let i = 0; i < count; i += 1) {
    const employer = employers[i % employers.length];
    const fitting = POSTING_TEMPLATES.filter((t) => t.industries.includes(employer.industry));
    const template = random.pick(fitting.length > 0 ? fitting : POSTING_TEMPLATES);
    postings.push(buildPosting(employer, template, today, random));
  }
  return postings;
}

function buildPosting(employer: GeneratedEmployer, template: PostingTemplate, today: string, random: Random): GeneratedPosting {
  const country = employer.country;
  const currency = CURRENCY[country];
  const internship = template.employmentType === 'internship';
  const period = internship ? 'month' : 'year';
  const [low, high] = template.pay[currency];
  const min = roundPay(low * (0.9 + random.next() * 0.2), currency, period);
  const max = Math.max(min, roundPay(high * (0.9 + random.next() * 0.25), currency, period));
  const startDate = addDays(today, random.int(20, 200));
  const language = template.language[country];
  const englishTitle = random.chance(country === 'KR' ? 0.5 : 0.3);
  const title = { ...template.titles[country] };
  if (!englishTitle) delete title.en;
  const status = random.chance(0.9) ? 'published' : random.chance(0.5) ? 'draft' : 'closed';
  return {
    employerKey: employer.key,
    status,
    publishedDaysAgo: random.int(0, 60),
    body: {
      title,
      description: template.descriptions[country],
      country,
      city: random.pick(country === 'KR' ? KR_CITIES : JP_CITIES),
      occupationCode: occupationCode(template, country),
      employmentType: template.employmentType,
      salary: { min, max, currency, period },
      languageRequirements: language ? [language as LanguageTestResult] : [],
      requiredSkills: template.requiredSkills,
      preferredSkills: template.preferredSkills,
      educationLevel: template.educationLevel,
      sponsorship: random.chance(country === 'KR' ? 0.7 : 0.8),
      startDate,
      deadline: addDays(startDate, -random.int(14, 45)),
      ...(internship ? { conversionTrack: { toEmploymentType: 'full-time', afterMonths: country === 'KR' ? 6 : 3 } } : {}),
    },
  };
}

type Direction = 'jp-in-kr' | 'kr-to-jp' | 'kr-in-kr';

export function generateCandidates(count: number, today: string, emailDomain: string, random: Random, offset = 0): GeneratedCandidate[] {
  return Array.from({ length: count }, (_, i) => {
    const direction: Direction = (['jp-in-kr', 'kr-to-jp', 'kr-in-kr'] as const)[(i + offset) % 3];
    return buildCandidate(direction, i + offset, today, emailDomain, random);
  });
}

function buildCandidate(direction: Direction, n: number, today: string, emailDomain: string, random: Random): GeneratedCandidate {
  const japanese = direction === 'jp-in-kr';
  const name = japanese ? japaneseName(random) : koreanName(random);
  const major = random.pick(MAJORS);
  const birthYear = 1997 + random.int(0, 7);
  const graduationDate = `${random.int(2024, 2027)}-0${random.pick([2, 8])}-2${random.int(0, 8)}`;
  const studiedIn: MarketCountry = direction === 'kr-to-jp' && random.chance(0.5) ? 'JP' : 'KR';
  const education: EducationEntry[] = [
    {
      level: random.chance(0.85) ? 'bachelor' : 'master',
      institution: random.pick(studiedIn === 'KR' ? KR_UNIVERSITIES : JP_UNIVERSITIES),
      country: studiedIn,
      field: major.field,
      startDate: `${Number(graduationDate.slice(0, 4)) - 4}-03-01`,
      graduationDate,
      gpa: Math.round((2.8 + random.next() * 1.5) * 10) / 10,
      gpaScale: 4.5,
    },
  ];
  const languageTests: LanguageTestResult[] = japanese
    ? [{ test: 'JLPT', level: 'N1' }, { test: 'TOPIK', level: random.int(3, 6), date: addDays(today, -random.int(30, 600)) }]
    : [{ test: 'TOPIK', level: 6 }, { test: 'JLPT', level: random.pick(['N1', 'N2', 'N2', 'N3']) }];
  if (random.chance(0.4)) languageTests.push({ test: 'TOEIC', score: random.int(60, 95) * 10 });
  const status = statusFor(direction, studiedIn, random);
  const wishes: Wishes = {
    countries: direction === 'jp-in-kr' ? (random.chance(0.7) ? ['KR'] : ['KR', 'JP']) : direction === 'kr-to-jp' ? ['JP'] : ['KR'],
    employmentTypes: random.chance(0.3) ? ['internship', 'full-time'] : ['full-time'],
    salaryFloor:
      direction === 'kr-to-jp'
        ? { amount: random.int(30, 45) * 100_000, currency: 'JPY', period: 'year' }
        : { amount: random.int(28, 40) * 1_000_000, currency: 'KRW', period: 'year' },
    startFrom: addDays(today, random.int(0, 120)),
  };
  const locale = japanese ? 'ja' : random.chance(0.85) ? 'ko' : 'en';
  const profile: PutCandidateProfileDto = {
    ...name,
    nationality: japanese ? 'JP' : 'KR',
    birthDate: `${birthYear}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
    currentCountry: status.country,
    ...(status.code ? { currentStatus: status.code, statusExpiresAt: addDays(today, random.int(20, 400)) } : {}),
    education,
    languageTests,
    skills: random.sample(major.skills, random.int(2, major.skills.length)),
    experience: random.chance(0.5) ? [{ title: 'Intern', months: random.int(2, 12), country: status.country }] : [],
    wishes,
    visibility: random.chance(0.8) ? 'verified-employers' : random.chance(0.5) ? 'applied' : 'private',
  };
  return { email: `candidate.${n + 1}@${emailDomain}`, locale: locale as GeneratedCandidate['locale'], profile };
}

/** Japanese names come with their フリガナ reading, shown family name first. */
function japaneseName(random: Random) {
  const family = random.pick(JP_FAMILY);
  const given = random.pick(JP_GIVEN);
  return { displayName: `${family.name} ${given.name}`, familyName: family.name, givenName: given.name, nameReading: `${family.reading} ${given.reading}` };
}

/** Korean names come with their romanisation, as résumés there give it. */
function koreanName(random: Random) {
  const family = random.pick(KR_FAMILY);
  const given = random.pick(KR_GIVEN);
  return { displayName: `${family.name}${given.name}`, familyName: family.name, givenName: given.name, nameReading: `${family.roman} ${given.roman}` };
}

function statusFor(direction: Direction, studiedIn: MarketCountry, random: Random): { country: MarketCountry; code?: string } {
  if (direction === 'jp-in-kr') return { country: 'KR', code: random.pick(['KR:D-2', 'KR:D-2', 'KR:D-10-1', 'KR:H-1']) };
  if (direction === 'kr-to-jp' && studiedIn === 'JP') return { country: 'JP', code: random.pick(['JP:ryugaku', 'JP:ryugaku', 'JP:tokutei-katsudo']) };
  return { country: 'KR' };
}
