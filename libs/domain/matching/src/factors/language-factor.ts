import { NATIVE_MARGIN, type LanguageGroupOutcome } from '../assessments/language-assessment';
import type { FactorScore, MessageParams } from '../model/match-result';
import type { MatchContext } from '../model/match-context';

/** Score of a met requirement: 0.85 at the level asked, +0.075 per level above, 1 from two levels up (or native). */
export function metRequirementScore(margin: number): number {
  return 0.85 + 0.075 * Math.min(NATIVE_MARGIN, Math.max(0, margin));
}

/**
 * Employer side: the candidate's languages against the posting's minimums (an unmet minimum also
 * fails the language gate). Without requirements, command of the job country's language still helps a little.
 */
export function scoreLanguage(ctx: MatchContext): FactorScore {
  const { language } = ctx;
  const extra: MessageParams = language.expired.length > 0 ? { expired: language.expired } : {};
  if (language.groups.length === 0) {
    return {
      factor: 'language',
      score: 0.6 + 0.4 * language.localCommand,
      messageKey: 'match.language.no-requirement',
      params: { language: language.localLanguage, held: language.localHeld, ...extra },
    };
  }
  const requirements = language.groups.flatMap((g) => g.alternatives);
  if (language.unmet.length > 0) {
    const first = language.unmet[0];
    return {
      factor: 'language',
      score: 0,
      messageKey: 'match.language.below',
      params: { required: first.required, held: first.held, unmet: language.unmet.map((g) => g.required), requirements, ...extra },
    };
  }
  let weakest: LanguageGroupOutcome = language.groups[0];
  for (const group of language.groups) if ((group.margin ?? 0) < (weakest.margin ?? 0)) weakest = group;
  const margin = weakest.margin ?? 0;
  const messageKey = weakest.held === 'native' ? 'match.language.native' : margin >= 1 ? 'match.language.exceeds' : 'match.language.meets';
  return {
    factor: 'language',
    score: metRequirementScore(margin),
    messageKey,
    params: { required: weakest.required, held: weakest.held, requirements, ...extra },
  };
}
