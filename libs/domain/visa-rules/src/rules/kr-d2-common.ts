import type { DegreeLevel } from '../eligibility-request';
import { meetsEnglishAlternative, meetsKorean, describeKorean, type KoreanRequirement } from '../facts/language';
import type { Tri } from '../facts/tri';
import type { RuleContext } from '../rule';

export const D2_REFORM_DATE = '2023-07-03';

/** Does the rule set treat this D-2 case as part-time work (the part-time rules apply)? */
export function d2CountsAsPartTime(ctx: RuleContext): boolean {
  if (ctx.target === 'KR:D-2:part-time') return true;
  return ctx.job.curricular === false && ctx.person.enrollment?.inVacation === false;
}

export type D2Programme = 'undergraduate' | 'graduate';

export function d2Programme(level: DegreeLevel | undefined): D2Programme | undefined {
  if (level === undefined) return undefined;
  return level === 'master' || level === 'doctor' ? 'graduate' : 'undergraduate';
}

export const D2_KOREAN_LOWER: KoreanRequirement = { topik: 3, kiipStage: 3, kiipPreAssessment: 61 };
export const D2_KOREAN_HIGHER: KoreanRequirement = { topik: 4, kiipStage: 4, kiipPreAssessment: 81 };

export interface D2KoreanState {
  met: Tri;
  /** The requirement that applies (undefined while the year of study is unknown) */
  requirement?: KoreanRequirement;
  missing: string[];
  /** Korean not shown but an English-track test is held: whether the student is on an English track is not a fact we hold */
  englishAlternative: boolean;
}

/**
 * KR-D2-PT-03: years 1-2 and associate need TOPIK 3 / KIIP 3 / pre-assessment 61; years 3-4 and graduate
 * students need TOPIK 4 / KIIP 4 / 81. (Sejong Hakdang levels are not part of the request.)
 */
export function d2KoreanState(ctx: RuleContext): D2KoreanState {
  const enrollment = ctx.person.enrollment;
  const level = enrollment?.level;
  if (level === undefined) return { met: 'unknown', missing: ['person.enrollment.level'], englishAlternative: false };
  const lower = meetsKorean(ctx.person, D2_KOREAN_LOWER, ctx.evalDate);
  const higher = meetsKorean(ctx.person, D2_KOREAN_HIGHER, ctx.evalDate);
  let requirement: KoreanRequirement | undefined;
  if (level === 'associate') requirement = D2_KOREAN_LOWER;
  else if (level === 'master' || level === 'doctor') requirement = D2_KOREAN_HIGHER;
  else if (enrollment?.year !== undefined) requirement = enrollment.year <= 2 ? D2_KOREAN_LOWER : D2_KOREAN_HIGHER;

  // an English-track test may replace Korean, but whether the student is on an English track is not a fact we hold
  const notMet = (req?: KoreanRequirement): D2KoreanState =>
    meetsEnglishAlternative(ctx.person)
      ? { met: 'unknown', requirement: req, missing: [], englishAlternative: true }
      : { met: 'no', requirement: req, missing: [], englishAlternative: false };
  if (requirement === undefined) {
    // bachelor with unknown year: decisive only if the higher level is met or the lower is not
    if (higher.value === 'yes') return { met: 'yes', requirement: D2_KOREAN_HIGHER, missing: [], englishAlternative: false };
    if (lower.value === 'no') return notMet();
    return { met: 'unknown', missing: ['person.enrollment.year', ...lower.missing], englishAlternative: false };
  }
  const state = requirement === D2_KOREAN_LOWER ? lower : higher;
  if (state.value === 'no') return notMet(requirement);
  return { met: state.value, requirement, missing: state.missing, englishAlternative: false };
}

export { describeKorean };
