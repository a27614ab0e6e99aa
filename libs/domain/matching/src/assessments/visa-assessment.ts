import { daysBetween, type IsoDate } from '@hashidari/domain-core';
import { isFeasibleFrom, statusFamily, type FeasibilityJob } from '@hashidari/visa-rules';
import type { MatchCandidate, MatchJob } from '../model/match-input';
import type { VisaSummary } from '../model/match-result';

export const VISA_WARNINGS = ['lead-time-short', 'status-expires-before-start', 'status-expired'] as const;
/**
 * lead-time-short: the start date leaves less time than the procedure usually takes;
 * status-expires-before-start: the current status ends before the job starts (change it in time, or bridge, e.g. D-10);
 * status-expired: the profile's status expiry date is already past.
 */
export type VisaWarning = (typeof VISA_WARNINGS)[number];

/**
 * Usual days a procedure takes before the person may start (reference KR-PROC, UNVERIFIED: CCVI about
 * 2 weeks to 1 month, part-time/internship permission requests at least 2 weeks ahead; JP-PROC: change of
 * status 2 weeks to 1 month, COE 1–3 months with a 2019 average of 43 days for 技人国).
 */
export const LEAD_DAYS = {
  internship: 14,
  'KR|in-country': 30,
  'KR|from-abroad': 30,
  'JP|in-country': 30,
  'JP|from-abroad': 60,
} as const;

export interface VisaAssessment extends VisaSummary {
  /** Days the procedure usually takes (0 for a citizen) */
  leadDays: number;
  /** Days from the evaluation date to the job's start (when it has one) */
  daysUntilStart?: number;
  warnings: VisaWarning[];
}

function feasibilityJob(job: MatchJob): FeasibilityJob {
  const s = job.salary;
  const single = s?.min ?? s?.max;
  let salary: FeasibilityJob['salary'] = null;
  if (s && s.min !== undefined && s.max !== undefined) salary = { min: s.min, max: s.max, currency: s.currency, period: s.period };
  else if (s && single !== undefined) salary = { amount: single, currency: s.currency, period: s.period };
  return {
    country: job.country,
    employmentType: job.employmentType,
    occupationCode: job.occupationCode ?? null,
    salary,
    startDate: job.startDate ?? null,
    sponsorship: job.sponsorship,
  };
}

/**
 * Can the candidate legally take the job, and how? A citizen of the job's country needs no status; anyone
 * else goes through the visa-rules feasibility check from their current status. Only `not_eligible`
 * gates; `needs_review` lowers the visa factor and the confidence of the match.
 */
export function assessVisa(candidate: MatchCandidate, job: MatchJob, evalDate: IsoDate): VisaAssessment {
  const daysUntilStart = job.startDate ? daysBetween(evalDate, job.startDate) : undefined;
  if (candidate.nationality === job.country) {
    const citizen: VisaAssessment = { verdict: 'eligible', ruleIds: [], citizen: true, route: 'citizen', leadDays: 0, warnings: [] };
    if (daysUntilStart !== undefined) citizen.daysUntilStart = daysUntilStart;
    return citizen;
  }
  const answer = isFeasibleFrom(candidate.currentStatus ?? null, candidate.nationality ?? null, feasibilityJob(job), evalDate);
  const family = statusFamily(candidate.currentStatus);
  const route = family !== 'none' && family.startsWith(`${job.country}:`) ? 'in-country' : 'from-abroad';
  const leadDays = job.employmentType === 'internship' ? LEAD_DAYS.internship : LEAD_DAYS[`${job.country}|${route}`];
  const warnings: VisaWarning[] = [];
  if (daysUntilStart !== undefined && daysUntilStart < leadDays) warnings.push('lead-time-short');
  const expiry = candidate.statusExpiresAt;
  if (route === 'in-country' && expiry !== undefined) {
    if (expiry < evalDate) warnings.push('status-expired');
    else if (job.startDate !== undefined && expiry < job.startDate) warnings.push('status-expires-before-start');
  }
  const assessment: VisaAssessment = { verdict: answer.verdict, ruleIds: answer.ruleIds, citizen: false, route, leadDays, warnings };
  if (answer.target) assessment.target = answer.target;
  if (answer.pathwayId) assessment.pathwayId = answer.pathwayId;
  if (daysUntilStart !== undefined) assessment.daysUntilStart = daysUntilStart;
  return assessment;
}
