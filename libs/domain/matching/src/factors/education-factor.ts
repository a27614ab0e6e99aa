import { EDUCATION_LEVELS, educationOrdinal, highestEducation } from '@hashidari/marketplace';
import type { FactorScore } from '../model/match-result';
import type { MatchContext } from '../model/match-context';
import { fieldFit, type FieldFit } from '../support/field-fit';
import { occupationGroupsOf } from '../support/occupation-relation';

const FIELD_SCORE: Readonly<Record<FieldFit, number>> = { related: 1, unknown: 0.7, unrelated: 0.35 };

/** Level score: meets the requirement 1, one level short 0.45, further 0.1; no requirement 0.85. */
function levelScore(required: number, held: number): number {
  if (required < 0) return 0.85;
  if (held >= required) return 1;
  return held === required - 1 ? 0.45 : 0.1;
}

/**
 * Employer side: degree level against the posting's requirement (70 %) and whether the field of study
 * relates to the occupation (30 %; E-7 and 技人国 both look at this).
 */
export function scoreEducation(ctx: MatchContext): FactorScore {
  const { candidate, job } = ctx;
  const best = highestEducation(candidate.education);
  const required = educationOrdinal(job.educationLevel);
  const held = educationOrdinal(best);
  const fields = candidate.education.map((e) => e.field).filter((f): f is string => typeof f === 'string' && f.trim() !== '');
  const fit = fieldFit(fields, occupationGroupsOf(job.country, job.occupationCode));
  const score = 0.7 * levelScore(required, held) + 0.3 * FIELD_SCORE[fit];
  const messageKey = required < 0 ? 'match.education.no-requirement' : held >= required ? 'match.education.meets' : 'match.education.below';
  return {
    factor: 'education',
    score,
    messageKey,
    params: {
      required: required < 0 ? 'none' : EDUCATION_LEVELS[required],
      held: best ?? 'none',
      fields,
      fieldFit: fit,
    },
  };
}
