import type { MatchCandidate, MatchJob } from '@hashidari/matching';
import type { CandidateProfileEntity } from '../candidates/entities/candidate-profile.entity';
import type { JobPostingEntity } from '../jobs/entities/job-posting.entity';
import { salaryRange } from '../jobs/job.mapper';

/** The columns the scorer reads; the matching pools select exactly these (see matching.repository). */
export type CandidateMatchFields = Pick<
  CandidateProfileEntity,
  'id' | 'nationality' | 'currentStatus' | 'currentCountry' | 'statusExpiresAt' | 'birthDate' | 'education' | 'languageTests' | 'skills' | 'experience' | 'wishes'
>;

export type JobMatchFields = Pick<
  JobPostingEntity,
  | 'id' | 'country' | 'city' | 'occupationCode' | 'employmentType' | 'salaryMin' | 'salaryMax' | 'salaryCurrency' | 'salaryPeriod'
  | 'languageRequirements' | 'requiredSkills' | 'preferredSkills' | 'educationLevel' | 'sponsorship' | 'startDate' | 'deadline'
>;

export function toMatchCandidate(profile: CandidateMatchFields): MatchCandidate {
  return {
    id: profile.id,
    nationality: profile.nationality ?? undefined,
    currentStatus: profile.currentStatus ?? undefined,
    currentCountry: profile.currentCountry ?? undefined,
    statusExpiresAt: profile.statusExpiresAt ?? undefined,
    birthDate: profile.birthDate ?? undefined,
    education: profile.education,
    languageTests: profile.languageTests,
    skills: profile.skills,
    experience: profile.experience,
    wishes: profile.wishes,
  };
}

export function toMatchJob(job: JobMatchFields): MatchJob {
  return {
    id: job.id,
    country: job.country,
    city: job.city ?? undefined,
    occupationCode: job.occupationCode ?? undefined,
    employmentType: job.employmentType,
    salary: salaryRange(job),
    languageRequirements: job.languageRequirements,
    requiredSkills: job.requiredSkills,
    preferredSkills: job.preferredSkills,
    educationLevel: job.educationLevel ?? undefined,
    sponsorship: job.sponsorship,
    startDate: job.startDate ?? undefined,
    deadline: job.deadline ?? undefined,
  };
}
