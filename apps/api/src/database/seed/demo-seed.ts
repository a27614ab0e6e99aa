import { PasswordHasher } from '../../modules/auth/password-hasher';
import { DataSource } from 'typeorm';
import { AdviserConsentEntity } from '../../modules/advisers/entities/adviser-consent.entity';
import { applyProfile } from '../../modules/candidates/candidate-profile.mapper';
import { CandidateProfileEntity } from '../../modules/candidates/entities/candidate-profile.entity';
import { JobReportEntity } from '../../modules/moderation/entities/job-report.entity';
import { OrganizationEntity } from '../../modules/organizations/entities/organization.entity';
import { UserEntity } from '../../modules/users/entities/user.entity';
import { Random } from './random';
import { generateCandidates, generateEmployers, generatePostings } from './seed-generator';
import { countUsers, writeApplication, writeCandidates, writeEmployers, writePostings } from './seed-writer';
import { marketDay } from '@hashidari/domain-core';

export const DEMO_DOMAIN = 'demo.hashidari.app';
export const DEMO_PASSWORD = 'hashidari-demo';

/** Accounts a newcomer can sign in with (README lists them). The employers own the first KR and JP organisation. */
export const DEMO_ACCOUNTS = {
  candidateJa: `candidate.ja@${DEMO_DOMAIN}`,
  candidateKo: `candidate.ko@${DEMO_DOMAIN}`,
  employerKr: `employer.kr@${DEMO_DOMAIN}`,
  employerJp: `employer.jp@${DEMO_DOMAIN}`,
  adviser: `adviser@${DEMO_DOMAIN}`,
  admin: `admin@${DEMO_DOMAIN}`,
} as const;

export interface DemoSummary {
  employers: number;
  postings: number;
  candidates: number;
  applications: number;
}

/** Loads the demo when the database has no account yet (the first start); null when it already had some. */
export async function seedDemoIfEmpty(dataSource: DataSource): Promise<DemoSummary | null> {
  return (await countUsers(dataSource)) === 0 ? seedDemo(dataSource) : null;
}

/** Loads the demo on an empty database: 32 employers, 200 postings, 100 candidates, applications, consents. */
export async function seedDemo(dataSource: DataSource, today = marketDay(new Date())): Promise<DemoSummary> {
  const random = new Random(20_261_128);
  const passwordHash = await new PasswordHasher().hash(DEMO_PASSWORD);
  const employers = generateEmployers(16, DEMO_DOMAIN);
  employers[0].recruiterEmail = DEMO_ACCOUNTS.employerKr;
  employers[16].recruiterEmail = DEMO_ACCOUNTS.employerJp;
  const postings = generatePostings(employers, 200, today, random);
  const candidates = generateCandidates(100, today, DEMO_DOMAIN, random);
  candidates[0].email = DEMO_ACCOUNTS.candidateJa; // a Japanese graduate in Korea (D-2)
  candidates[1].email = DEMO_ACCOUNTS.candidateKo; // a Korean heading to Japan

  return dataSource.transaction(async (em) => {
    const { organizationIdByKey, recruiterIdByKey } = await writeEmployers(em, employers, passwordHash);
    const jobs = await writePostings(em, postings, organizationIdByKey);
    const people = await writeCandidates(em, candidates, passwordHash);
    const [adviser] = await em.save(UserEntity, [
      em.create(UserEntity, { email: DEMO_ACCOUNTS.adviser, passwordHash, role: 'adviser', locale: 'ja' }),
      em.create(UserEntity, { email: DEMO_ACCOUNTS.admin, passwordHash, role: 'admin', locale: 'en' }),
    ]);

    // The demo Japanese candidate is a D-2 student in Seoul who wants to stay in Korea.
    const demoCandidate = await em.findOneByOrFail(CandidateProfileEntity, { id: people[0].profileId });
    await em.save(
      CandidateProfileEntity,
      applyProfile(demoCandidate, {
        ...candidates[0].profile,
        currentCountry: 'KR',
        currentStatus: 'KR:D-2',
        statusExpiresAt: '2027-02-28',
        visibility: 'verified-employers',
        wishes: { ...candidates[0].profile.wishes, countries: ['KR'], employmentTypes: ['internship', 'full-time'] },
      }),
    );

    // Applications to the demo employers' published postings, at every stage of the pipeline.
    const paths = [
      ['submitted'],
      ['submitted', 'screening'],
      ['submitted', 'screening', 'interview'],
      ['submitted', 'screening', 'interview', 'offer'],
      ['submitted', 'rejected'],
      ['submitted', 'withdrawn'],
    ] as const;
    let applications = 0;
    for (const employerKey of ['kr-1', 'jp-1']) {
      const open = jobs.filter((j) => j.employerKey === employerKey && j.status === 'published');
      const applicants = random.sample(people.slice(2), 12);
      for (const [i, person] of applicants.entries()) {
        const job = open[i % Math.max(open.length, 1)];
        if (!job) break;
        await writeApplication(em, {
          jobId: job.id,
          candidateId: person.profileId,
          candidateUserId: person.userId,
          employerUserId: recruiterIdByKey.get(employerKey) as string,
          path: [...paths[i % paths.length]],
        });
        applications += 1;
      }
    }
    const krOpen = jobs.filter((j) => j.employerKey === 'kr-1' && j.status === 'published');
    for (const [i, job] of krOpen.slice(0, 2).entries()) {
      await writeApplication(em, {
        jobId: job.id,
        candidateId: people[0].profileId,
        candidateUserId: people[0].userId,
        employerUserId: recruiterIdByKey.get('kr-1') as string,
        path: i === 0 ? ['submitted', 'screening'] : ['submitted'],
        coverNote: 'ソウルで経営学を学んでいます。韓国語と日本語を活かして働きたいです。',
      });
      applications += 1;
    }

    // Three organisations registered lately and waiting for the admin's check (the verification queue).
    const waiting = [
      { key: 'kr-16', registrationNumber: '214-86-39512' },
      { key: 'jp-15', registrationNumber: '6010401093847' },
      { key: 'jp-16', registrationNumber: '3011001076125' },
    ];
    for (const [i, { key, registrationNumber }] of waiting.entries()) {
      await em.update(OrganizationEntity, { id: organizationIdByKey.get(key) }, { verifiedAt: null, registrationNumber, createdAt: new Date(Date.now() - (3 - i) * 86_400_000) });
    }

    // Reports waiting in the admin's moderation queue: one posting reported twice, one once.
    const reported = jobs.filter((j) => j.status === 'published' && j.employerKey !== 'kr-1' && j.employerKey !== 'jp-1').slice(0, 2);
    const reports = [
      { job: reported[0], reporter: people[20], reason: 'fraud', note: '面接の前に研修費として10万ウォンを振り込むよう言われました。' },
      { job: reported[0], reporter: people[21], reason: 'misleading-visa', note: '비자 지원이라고 되어 있는데, 문의하니 관광 비자로 일하라고 했습니다.' },
      { job: reported[1], reporter: people[22], reason: 'discrimination', note: 'The posting says only applicants under 25 of one nationality may apply.' },
    ] as const;
    for (const [i, { job, reporter, reason, note }] of reports.entries()) {
      if (!job) continue;
      await em.insert(JobReportEntity, { jobId: job.id, reporterUserId: reporter.userId, reason, note, createdAt: new Date(Date.now() - (reports.length - i) * 3_600_000) });
    }

    // The demo adviser's caseload: both demo candidates and a dozen others consented.
    await em.insert(
      AdviserConsentEntity,
      [people[0], people[1], ...people.slice(2, 14)].map((p) => ({ candidateId: p.profileId, adviserUserId: adviser.id, revokedAt: null })),
    );
    return { employers: employers.length, postings: jobs.length, candidates: people.length, applications };
  });
}
