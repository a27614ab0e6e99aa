import { CURRENCIES, isIsoDate, LANGUAGE_TESTS, PAY_PERIODS, type ErrorDetail } from '@hashidari/domain-core';
import {
  DEGREE_LEVELS,
  ELIGIBILITY_EMPLOYMENT_TYPES,
  INSTITUTION_TYPES,
  JOB_DUTIES,
  type EligibilityRequest,
} from './eligibility-request';
import { isStatusCode } from './status-code';
import { isTarget, TARGET_CODES } from './targets';

function oneOf(values: readonly unknown[], value: unknown): boolean {
  return values.includes(value);
}

/**
 * Checks the shape and formats the engine relies on (dates, enums, numbers). The API validates the body
 * too; this keeps the engine safe when called from elsewhere. Returns the problems, empty when valid.
 */
export function validateEligibilityRequest(request: EligibilityRequest): ErrorDetail[] {
  const errors: ErrorDetail[] = [];
  const date = (path: string, value: unknown): void => {
    if (value !== undefined && !isIsoDate(value)) errors.push({ path, issue: 'must be an ISO date (YYYY-MM-DD)' });
  };
  const number = (path: string, value: unknown, min = 0, max = Infinity): void => {
    if (value !== undefined && value !== null && (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max)) {
      errors.push({ path, issue: `must be a number between ${min} and ${max}` });
    }
  };
  const member = (path: string, values: readonly unknown[], value: unknown): void => {
    if (value !== undefined && !oneOf(values, value)) errors.push({ path, issue: `must be one of ${values.join(', ')}` });
  };

  if (!isTarget(request.target)) errors.push({ path: 'target', issue: `must be one of ${TARGET_CODES.join(', ')}` });
  if (!isIsoDate(request.evalDate)) errors.push({ path: 'evalDate', issue: 'must be an ISO date (YYYY-MM-DD)' });

  const person = request.person ?? {};
  date('person.birthDate', person.birthDate);
  if (person.currentStatus !== undefined && !isStatusCode(person.currentStatus)) {
    errors.push({ path: 'person.currentStatus', issue: 'must be a status code such as KR:D-10-1 or JP:gijinkoku' });
  }
  (person.education ?? []).forEach((e, i) => {
    member(`person.education[${i}].level`, DEGREE_LEVELS, e.level);
    member(`person.education[${i}].institutionType`, INSTITUTION_TYPES, e.institutionType);
    date(`person.education[${i}].graduationDate`, e.graduationDate);
  });
  if (person.enrollment) {
    member('person.enrollment.level', DEGREE_LEVELS, person.enrollment.level);
    member('person.enrollment.institutionType', INSTITUTION_TYPES, person.enrollment.institutionType);
    number('person.enrollment.year', person.enrollment.year, 1, 10);
    number('person.enrollment.gpa', person.enrollment.gpa, 0, 5);
    number('person.enrollment.creditsRatio', person.enrollment.creditsRatio, 0, 1);
  }
  (person.languageTests ?? []).forEach((r, i) => {
    member(`person.languageTests[${i}].test`, LANGUAGE_TESTS, r.test);
    date(`person.languageTests[${i}].date`, r.date);
    number(`person.languageTests[${i}].score`, r.score);
  });
  (person.experience ?? []).forEach((x, i) => number(`person.experience[${i}].months`, x.months));
  (person.priorStatuses ?? []).forEach((p, i) => {
    if (!isStatusCode(p.status)) errors.push({ path: `person.priorStatuses[${i}].status`, issue: 'must be a status code such as KR:H-1' });
    date(`person.priorStatuses[${i}].from`, p.from);
    date(`person.priorStatuses[${i}].to`, p.to);
  });

  const job = request.job ?? {};
  (job.duties ?? []).forEach((d, i) => member(`job.duties[${i}]`, JOB_DUTIES, d));
  member('job.employmentType', ELIGIBILITY_EMPLOYMENT_TYPES, job.employmentType);
  if (job.salary) {
    if (!Number.isSafeInteger(job.salary.amount) || job.salary.amount < 0) errors.push({ path: 'job.salary.amount', issue: 'must be a non-negative integer in minor units' });
    member('job.salary.currency', CURRENCIES, job.salary.currency);
    member('job.salary.period', PAY_PERIODS, job.salary.period);
  }
  for (const key of ['weeklyHours', 'weekdayHours', 'weekendHours'] as const) number(`job.${key}`, job[key], 0, 168);
  number('job.dailyHours', job.dailyHours, 0, 24);
  number('job.durationMonths', job.durationMonths, 0, 600);
  date('job.startDate', job.startDate);
  if (job.employer) {
    number('job.employer.koreanInsuredStaff', job.employer.koreanInsuredStaff);
    number('job.employer.foreignProfessionalStaff', job.employer.foreignProfessionalStaff);
    if (job.employer.jpCategory !== undefined && job.employer.jpCategory !== null) member('job.employer.jpCategory', [1, 2, 3, 4], job.employer.jpCategory);
  }
  return errors;
}
