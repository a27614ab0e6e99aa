import { relatedSkills } from '@hashidari/taxonomy';
import type { FactorScore } from '../model/match-result';
import type { MatchContext } from '../model/match-context';
import { candidateFacts } from '../support/candidate-facts';

/** Credit for a missing skill when the candidate holds one of the same taxonomy group (e.g. vue for react). */
export const RELATED_SKILL_CREDIT = 0.3;

interface SkillSplit {
  matched: string[];
  missing: string[];
  /** Missing skills for which the candidate holds a related one */
  related: string[];
  /** 0..1, or undefined when nothing is asked */
  score?: number;
}

function split(wanted: readonly string[], held: ReadonlySet<string>, listed: readonly string[]): SkillSplit {
  const matched: string[] = [];
  const missing: string[] = [];
  const related: string[] = [];
  for (const skill of new Set(wanted)) {
    if (held.has(skill)) matched.push(skill);
    else {
      missing.push(skill);
      if (listed.some((own) => relatedSkills(skill, own))) related.push(skill);
    }
  }
  const total = matched.length + missing.length;
  const result: SkillSplit = { matched, missing, related };
  if (total > 0) result.score = (matched.length + RELATED_SKILL_CREDIT * related.length) / total;
  return result;
}

/**
 * Employer side: required skills weigh three times the preferred ones. Language skills (japanese,
 * business-korean …) also count when the candidate's nationality or test results show them.
 */
export function scoreSkills(ctx: MatchContext): FactorScore {
  const held = candidateFacts(ctx.candidate, ctx.evalDate).heldSkills;
  const required = split(ctx.job.requiredSkills, held, ctx.candidate.skills);
  const preferred = split(ctx.job.preferredSkills, held, ctx.candidate.skills);
  const params = {
    matchedRequired: required.matched,
    missingRequired: required.missing,
    relatedRequired: required.related,
    matchedPreferred: preferred.matched,
    missingPreferred: preferred.missing,
  };
  if (required.score === undefined && preferred.score === undefined) {
    return { factor: 'skills', score: 0.7, messageKey: 'match.skills.no-requirements', params };
  }
  if (required.score === undefined) {
    return { factor: 'skills', score: 0.6 + 0.4 * (preferred.score ?? 0), messageKey: 'match.skills.preferred-only', params };
  }
  const score = preferred.score === undefined ? required.score : 0.75 * required.score + 0.25 * preferred.score;
  return { factor: 'skills', score, messageKey: required.missing.length === 0 ? 'match.skills.all-required' : 'match.skills.missing', params };
}
