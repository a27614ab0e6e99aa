import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ApplicationEntity } from '../../modules/applications/entities/application.entity';
import { ApplicationEventEntity } from '../../modules/applications/entities/application-event.entity';
import { applyProfile } from '../../modules/candidates/candidate-profile.mapper';
import { CandidateProfileEntity } from '../../modules/candidates/entities/candidate-profile.entity';
import { JobPostingEntity } from '../../modules/jobs/entities/job-posting.entity';
import { applyJobFields } from '../../modules/jobs/job.mapper';
import { OrganizationEntity } from '../../modules/organizations/entities/organization.entity';
import { OrganizationMemberEntity } from '../../modules/organizations/entities/organization-member.entity';
import { UserEntity } from '../../modules/users/entities/user.entity';
import type { GeneratedCandidate, GeneratedEmployer, GeneratedPosting } from './seed-generator';

/** Rows per INSERT: large enough to be fast, small enough for PostgreSQL's 65,535 parameters. */
const BATCH = 400;

export interface WrittenSeed {
  organizationIdByKey: Map<string, string>;
  recruiterIdByKey: Map<string, string>;
  jobIds: { id: string; employerKey: string; status: string }[];
  candidates: { userId: string; profileId: string; email: string }[];
}

async function insertInBatches<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, rows: QueryDeepPartialEntity<T>[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    const result = await em.createQueryBuilder().insert().into(entity).values(rows.slice(i, i + BATCH)).returning('id').execute();
    ids.push(...result.identifiers.map((r) => String(r.id)));
  }
  return ids;
}

export async function writeEmployers(em: EntityManager, employers: GeneratedEmployer[], passwordHash: string): Promise<Pick<WrittenSeed, 'organizationIdByKey' | 'recruiterIdByKey'>> {
  const userIds = await insertInBatches(
    em,
    UserEntity,
    employers.map((e) => ({ email: e.recruiterEmail, passwordHash, role: 'employer' as const, locale: e.country === 'KR' ? ('ko' as const) : ('ja' as const) })),
  );
  const now = new Date();
  const orgIds = await insertInBatches(
    em,
    OrganizationEntity,
    employers.map((e) => ({
      names: e.names,
      country: e.country,
      registrationNumber: null,
      size: e.size,
      koreanInsuredStaff: e.koreanInsuredStaff,
      foreignProfessionalStaff: e.foreignProfessionalStaff,
      domesticFocused: false,
      jpCategory: e.jpCategory,
      verifiedAt: now,
    })),
  );
  await insertInBatches(
    em,
    OrganizationMemberEntity,
    employers.map((_, i) => ({ organizationId: orgIds[i], userId: userIds[i], role: 'owner' as const })),
  );
  return {
    organizationIdByKey: new Map(employers.map((e, i) => [e.key, orgIds[i]])),
    recruiterIdByKey: new Map(employers.map((e, i) => [e.key, userIds[i]])),
  };
}

export async function writePostings(em: EntityManager, postings: GeneratedPosting[], organizationIdByKey: Map<string, string>, now = Date.now()) {
  const rows = postings.map((p) => {
    const job = applyJobFields(
      em.create(JobPostingEntity, { organizationId: organizationIdByKey.get(p.employerKey), description: {}, languageRequirements: [] }),
      p.body,
    );
    job.status = p.status;
    job.publishedAt = p.status === 'draft' ? null : new Date(now - p.publishedDaysAgo * 86_400_000 - Math.floor(Math.random() * 86_400_000));
    job.closedAt = p.status === 'closed' ? new Date(now) : null;
    return job;
  });
  const ids = await insertInBatches(em, JobPostingEntity, rows);
  return ids.map((id, i) => ({ id, employerKey: postings[i].employerKey, status: postings[i].status }));
}

export async function writeCandidates(em: EntityManager, candidates: GeneratedCandidate[], passwordHash: string) {
  const userIds = await insertInBatches(
    em,
    UserEntity,
    candidates.map((c) => ({ email: c.email, passwordHash, role: 'candidate' as const, locale: c.locale })),
  );
  const profileIds = await insertInBatches(
    em,
    CandidateProfileEntity,
    candidates.map((c, i) => applyProfile(em.create(CandidateProfileEntity, { userId: userIds[i] }), c.profile)),
  );
  return candidates.map((c, i) => ({ userId: userIds[i], profileId: profileIds[i], email: c.email }));
}

/** An application with the history of how it got to its status, as the pipeline would have written it. */
export async function writeApplication(
  em: EntityManager,
  input: { jobId: string; candidateId: string; candidateUserId: string; employerUserId: string; path: ApplicationEntity['status'][]; coverNote?: string },
): Promise<void> {
  const status = input.path[input.path.length - 1];
  const { identifiers } = await em
    .createQueryBuilder()
    .insert()
    .into(ApplicationEntity)
    .values({ jobId: input.jobId, candidateId: input.candidateId, status, coverNote: input.coverNote ?? null, anonymizedAt: null })
    .returning('id')
    .execute();
  const applicationId = String(identifiers[0].id);
  const start = Date.now() - input.path.length * 2 * 86_400_000;
  await em.insert(
    ApplicationEventEntity,
    input.path.map((to, i) => ({
      applicationId,
      fromStatus: i === 0 ? null : input.path[i - 1],
      toStatus: to,
      note: null,
      actorUserId: to === 'submitted' || to === 'withdrawn' ? input.candidateUserId : input.employerUserId,
      actorRole: to === 'submitted' || to === 'withdrawn' ? ('candidate' as const) : ('employer' as const),
      createdAt: new Date(start + i * 2 * 86_400_000),
    })),
  );
}

export async function countUsers(dataSource: DataSource): Promise<number> {
  return dataSource.manager.count(UserEntity);
}
