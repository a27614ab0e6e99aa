import { DomainError, ErrorDetail, MARKET_CURRENCY } from '@hashidari/domain-core';
import { languageLevelIssues } from '../../common/validation/language-levels';
import type { JobPostingEntity } from './entities/job-posting.entity';

/** Checks that span several fields of a posting, after the body has been applied. */
export function assertValidPosting(job: JobPostingEntity): void {
  const details: ErrorDetail[] = [...languageLevelIssues(job.languageRequirements, 'languageRequirements')];
  if (job.salaryCurrency) {
    if (job.salaryMin === null && job.salaryMax === null) details.push({ path: 'salary', issue: 'give min, max or both' });
    if (job.salaryMin !== null && job.salaryMax !== null && job.salaryMin > job.salaryMax) {
      details.push({ path: 'salary.max', issue: 'must not be below salary.min' });
    }
    if (job.salaryCurrency !== MARKET_CURRENCY[job.country]) {
      details.push({ path: 'salary.currency', issue: `must be ${MARKET_CURRENCY[job.country]} for a posting in ${job.country}` });
    }
  }
  if (job.deadline && job.startDate && job.deadline > job.startDate) {
    details.push({ path: 'deadline', issue: 'must not be after the start date' });
  }
  if (job.conversionTrack && job.employmentType !== 'internship') {
    details.push({ path: 'conversionTrack', issue: 'only an internship can have a conversion track' });
  }
  if (details.length > 0) throw new DomainError('VALIDATION_FAILED', 'The posting is not valid', details);
}
