import type { FactorScore } from '../model/match-result';
import type { MatchContext } from '../model/match-context';
import { relateOccupation } from '../support/occupation-relation';

/** Months of relevant experience at which the factor is full (full-time and contract; internships need fewer). */
export const FULL_EXPERIENCE_MONTHS = { work: 24, internship: 6 } as const;

/**
 * Employer side: months in the same (or an equivalent) occupation count fully, months in the same
 * occupation group half. Entry-level work starts from 0.4 (most candidates are new graduates),
 * internships from 0.75.
 */
export function scoreExperience(ctx: MatchContext): FactorScore {
  const { candidate, job } = ctx;
  let relevant = 0;
  let related = 0;
  let total = 0;
  for (const entry of candidate.experience) {
    const months = Math.max(0, entry.months);
    total += months;
    if (job.occupationCode === undefined || entry.occupationCode === undefined) continue;
    const relation = relateOccupation(job.country, job.occupationCode, entry.occupationCode, entry.country);
    if (relation === 'same' || relation === 'equivalent') relevant += months;
    else if (relation === 'same-group') related += months;
  }
  const effective = relevant + 0.5 * related;
  const internship = job.employmentType === 'internship';
  const full = internship ? FULL_EXPERIENCE_MONTHS.internship : FULL_EXPERIENCE_MONTHS.work;
  const base = internship ? 0.75 : 0.4;
  const score = base + (1 - base) * Math.min(1, effective / full);
  const messageKey = relevant > 0 ? 'match.experience.relevant' : related > 0 ? 'match.experience.related' : 'match.experience.none';
  return { factor: 'experience', score, messageKey, params: { months: relevant, relatedMonths: related, totalMonths: total } };
}
