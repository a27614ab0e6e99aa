import { Injectable } from '@nestjs/common';
import { assessPostingSponsorship, PostingAssessment } from '@hashidari/visa-rules';
import type { VisaWarningDto } from './dto/job.dto';
import type { JobPostingEntity } from './entities/job-posting.entity';
import { salaryBand } from './job.mapper';
import { marketDay } from '@hashidari/domain-core';

/** What the visa rules say about sponsoring a posting, from the same engine as the eligibility check. */
@Injectable()
export class PostingReadiness {
  assess(job: JobPostingEntity, evalDate: string = marketDay(new Date())): PostingAssessment {
    const org = job.organization;
    return assessPostingSponsorship(
      {
        country: job.country,
        occupationCode: job.occupationCode,
        employmentType: job.employmentType,
        salary: salaryBand(job),
        startDate: job.startDate,
        sponsorship: job.sponsorship,
        employer: org
          ? {
              koreanInsuredStaff: org.koreanInsuredStaff,
              foreignProfessionalStaff: org.foreignProfessionalStaff,
              domesticFocused: org.domesticFocused,
              jpCategory: (org.jpCategory ?? null) as 1 | 2 | 3 | 4 | null,
            }
          : undefined,
      },
      evalDate,
    );
  }

  warningsFor(job: JobPostingEntity): VisaWarningDto[] {
    return this.assess(job).warnings;
  }
}
