import { Injectable } from '@nestjs/common';
import { FeasibilityAnswer, isFeasibleFrom } from '@hashidari/visa-rules';
import type { JobPostingEntity } from './entities/job-posting.entity';
import { salaryBand } from './job.mapper';

export interface PersonStatus {
  nationality: string | null;
  currentStatus: string | null;
}

/**
 * "Feasible from my current status": a citizen of the posting's country needs no status; anyone else
 * needs a route that the posting's own facts (sponsorship, E-7 code, wage floor) do not block. Postings
 * the rules cannot decide (needs_review, e.g. a wage floor not yet published for the start date) stay in:
 * the filter hides what is known to be out of reach, never what is merely unverified.
 */
@Injectable()
export class FeasibilityFilter {
  answer(person: PersonStatus, job: JobPostingEntity, evalDate: string): FeasibilityAnswer | 'citizen' {
    if (person.nationality === job.country) return 'citizen';
    return isFeasibleFrom(
      person.currentStatus,
      person.nationality,
      {
        country: job.country,
        employmentType: job.employmentType,
        occupationCode: job.occupationCode,
        salary: salaryBand(job),
        startDate: job.startDate,
        sponsorship: job.sponsorship,
      },
      evalDate,
    );
  }

  isFeasible(person: PersonStatus, job: JobPostingEntity, evalDate: string): boolean {
    const answer = this.answer(person, job, evalDate);
    return answer === 'citizen' || answer.verdict !== 'not_eligible';
  }
}
