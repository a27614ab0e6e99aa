import type { FactorScore } from '../model/match-result';
import type { MatchContext } from '../model/match-context';
import { relateOccupation, type OccupationRelation } from '../support/occupation-relation';

const RELATION_SCORE: Readonly<Record<OccupationRelation, number>> = { same: 1, equivalent: 0.95, 'same-group': 0.6, none: 0.15 };
const RELATION_KEY: Readonly<Record<OccupationRelation, string>> = {
  same: 'match.occupation.wished',
  equivalent: 'match.occupation.equivalent',
  'same-group': 'match.occupation.related',
  none: 'match.occupation.other',
};

/**
 * Candidate side: the posting's occupation against the occupations the candidate wishes for, across
 * countries through the taxonomy crosswalk (a wish for KR 2742 finds JP 048 overseas sales).
 */
export function scoreOccupation(ctx: MatchContext): FactorScore {
  const { candidate, job } = ctx;
  const wished = candidate.wishes.occupationCodes ?? [];
  if (job.occupationCode === undefined) {
    return { factor: 'occupation', score: 0.5, messageKey: 'match.occupation.unknown-code', params: { wishedCodes: [...wished] } };
  }
  const jobCode = job.occupationCode;
  if (wished.length === 0) return { factor: 'occupation', score: 0.6, messageKey: 'match.occupation.no-preference', params: { jobCode } };
  let best: OccupationRelation = 'none';
  let bestCode = wished[0];
  for (const code of wished) {
    const relation = relateOccupation(job.country, jobCode, code);
    if (RELATION_SCORE[relation] > RELATION_SCORE[best]) {
      best = relation;
      bestCode = code;
    }
    if (best === 'same') break;
  }
  return {
    factor: 'occupation',
    score: RELATION_SCORE[best],
    messageKey: RELATION_KEY[best],
    params: { jobCode, wishedCode: bestCode, wishedCodes: [...wished] },
  };
}
