import { annualAmount, bestLevel, Currency, LanguageTestResult, PayPeriod } from '@hashidari/domain-core';
import { canonicalOccupationCode, resolveSkills } from '@hashidari/taxonomy';
import type { CreateJobDto, JobDto, JobSummaryDto, SalaryRangeDto, UpdateJobDto, VisaWarningDto } from './dto/job.dto';
import type { OrganizationEntity } from '../organizations/entities/organization.entity';
import type { JobPostingEntity } from './entities/job-posting.entity';
import { searchDocument } from './job-search-document';

export function toJobDto(job: JobPostingEntity, visaWarnings: VisaWarningDto[]): JobDto {
  const moderation = job.moderationReason && job.moderatedAt ? { reason: job.moderationReason, at: job.moderatedAt.toISOString() } : null;
  return { ...toJobSummaryDto(job), description: job.description, otherSkills: job.otherSkills, visaWarnings, moderation };
}

/**
 * The posting's pay as the API and the scorer read it (null when no currency and period are set). Built
 * by assignment: matching runs it for every row of a pool.
 */
export function salaryRange(job: Pick<JobPostingEntity, 'salaryMin' | 'salaryMax' | 'salaryCurrency' | 'salaryPeriod'>): SalaryRangeDto | null {
  if (!job.salaryCurrency || !job.salaryPeriod) return null;
  const range: SalaryRangeDto = { currency: job.salaryCurrency, period: job.salaryPeriod };
  if (job.salaryMin !== null) range.min = job.salaryMin;
  if (job.salaryMax !== null) range.max = job.salaryMax;
  return range;
}

/** What a posting summary is made of: the entity, or a row of the same shape (see matching.repository). */
export type JobSummaryFields = Pick<
  JobPostingEntity,
  | 'id' | 'organizationId' | 'title' | 'country' | 'city' | 'occupationCode' | 'employmentType' | 'salaryMin' | 'salaryMax'
  | 'salaryCurrency' | 'salaryPeriod' | 'languageRequirements' | 'requiredSkills' | 'preferredSkills' | 'educationLevel'
  | 'sponsorship' | 'startDate' | 'deadline' | 'conversionTrack' | 'status' | 'publishedAt'
> & { organization?: { names: OrganizationEntity['names']; verifiedAt: Date | string | null } };

export function toJobSummaryDto(job: JobSummaryFields): JobSummaryDto {
  const org = job.organization;
  return {
    id: job.id,
    organization: { id: job.organizationId, names: org?.names ?? {}, verified: Boolean(org?.verifiedAt) },
    title: job.title,
    country: job.country,
    city: job.city,
    occupationCode: job.occupationCode,
    employmentType: job.employmentType,
    salary: salaryRange(job),
    languageRequirements: job.languageRequirements,
    requiredSkills: job.requiredSkills,
    preferredSkills: job.preferredSkills,
    educationLevel: job.educationLevel,
    sponsorship: job.sponsorship,
    startDate: job.startDate,
    deadline: job.deadline,
    conversionTrack: job.conversionTrack,
    status: job.status,
    publishedAt: job.publishedAt?.toISOString() ?? null,
  };
}

/** Copies the fields present in the body onto the posting and refreshes what is derived from them. */
export function applyJobFields(job: JobPostingEntity, body: CreateJobDto | UpdateJobDto): JobPostingEntity {
  const has = (key: keyof UpdateJobDto) => Object.prototype.hasOwnProperty.call(body, key);
  if (has('title') && body.title) job.title = body.title;
  if (has('description')) job.description = body.description ?? {};
  if (has('country') && body.country) job.country = body.country;
  if (has('city')) job.city = body.city ?? null;
  if (has('occupationCode')) job.occupationCode = body.occupationCode ?? null;
  if (has('employmentType') && body.employmentType) job.employmentType = body.employmentType;
  if (has('salary')) {
    job.salaryMin = body.salary?.min ?? null;
    job.salaryMax = body.salary?.max ?? null;
    job.salaryCurrency = body.salary?.currency ?? null;
    job.salaryPeriod = body.salary?.period ?? null;
  }
  if (has('languageRequirements')) {
    job.languageRequirements = (body.languageRequirements ?? []).map(
      (r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as LanguageTestResult,
    );
  }
  if (has('requiredSkills') || has('preferredSkills')) {
    const required = resolveSkills(has('requiredSkills') ? body.requiredSkills ?? [] : job.requiredSkills);
    const preferred = resolveSkills(has('preferredSkills') ? body.preferredSkills ?? [] : job.preferredSkills);
    job.requiredSkills = required.ids;
    job.preferredSkills = preferred.ids.filter((id) => !required.ids.includes(id));
    job.otherSkills = [...new Set([...required.unknown, ...preferred.unknown])];
  }
  if (has('educationLevel')) job.educationLevel = body.educationLevel ?? null;
  if (has('sponsorship')) job.sponsorship = body.sponsorship ?? false;
  if (has('startDate')) job.startDate = body.startDate ?? null;
  if (has('deadline')) job.deadline = body.deadline ?? null;
  if (has('conversionTrack')) job.conversionTrack = body.conversionTrack ?? null;
  return refreshDerived(job);
}

function refreshDerived(job: JobPostingEntity): JobPostingEntity {
  // one spelling per code (２７４２ → 2742, 07/048 → 048): search, matching and the market figures compare it as stored
  if (job.occupationCode) job.occupationCode = canonicalOccupationCode(job.country, job.occupationCode);
  const top = job.salaryMax ?? job.salaryMin;
  job.annualSalaryMax =
    top !== null && job.salaryCurrency && job.salaryPeriod
      ? annualAmount({ amount: top, currency: job.salaryCurrency, period: job.salaryPeriod })
      : null;
  job.minJlpt = bestLevel(job.languageRequirements, 'JLPT') ?? null;
  job.minTopik = bestLevel(job.languageRequirements, 'TOPIK') ?? null;
  Object.assign(job, searchDocument(job));
  return job;
}

/**
 * The posting's pay as a full band for the visa rules (which compare both ends with a floor): a posting
 * that states only a minimum or only a maximum is read as that single amount. Null when no pay is given.
 */
export function salaryBand(job: JobPostingEntity): { min: number; max: number; currency: Currency; period: PayPeriod } | null {
  const low = job.salaryMin ?? job.salaryMax;
  const high = job.salaryMax ?? job.salaryMin;
  if (low === null || high === null || !job.salaryCurrency || !job.salaryPeriod) return null;
  return { min: low, max: high, currency: job.salaryCurrency, period: job.salaryPeriod };
}
