import type { IsoDate, TrilingualText } from '@hashidari/domain-core';
import type { EligibilityRequest, JobFacts, PersonFacts } from './eligibility-request';
import type { Target } from './targets';
import { ASK_JP_IMMIGRATION, ASK_KR_IMMIGRATION, t } from './text';

export type RuleOutcome = 'pass' | 'fail' | 'unknown';

/**
 * A rule id is the reference's id (`KR-E7-W-02`). Where the reference gives one id to a whole section
 * that holds several conditions (`JP-TK46`), each condition gets the section id plus a clause after a
 * dot (`JP-TK46.language`); `refId` is then the section id.
 */
export type RuleId = string;

export interface RuleEvaluation {
  outcome: RuleOutcome;
  message: TrilingualText;
  /** Paths of the request fields whose absence made the outcome `unknown` */
  missing?: string[];
  /** The outcome rests on a point the reference marks UNVERIFIED */
  unverified?: boolean;
}

export interface RuleContext {
  request: EligibilityRequest;
  person: PersonFacts;
  job: JobFacts;
  evalDate: IsoDate;
  target: Target;
}

export interface VisaRule {
  id: RuleId;
  /** The id as printed in the reference (the section id for dotted clause ids) */
  refId: string;
  /** Section of reference/visa-rules.md, e.g. `§A4.4` */
  section: string;
  title: TrilingualText;
  targets: readonly Target[];
  /** First day the rule is in force (inclusive), when the reference dates it */
  effectiveFrom?: IsoDate;
  /** Last day the rule is in force (inclusive) */
  effectiveTo?: IsoDate;
  /**
   * The rule decides dates itself (e.g. "allowed only from 2023-07-03": before that it fails). Otherwise a
   * rule that applies but is not in force on the evaluation date answers `unknown`.
   */
  handlesOwnDates?: boolean;
  /** Rules of one date group replace each other over time; exactly one is in force on a date */
  dateGroup?: string;
  /** Dates the rule's own logic turns on (for listing), e.g. `{ secondUseFrom: '2025-10-01' }` */
  keyDates?: Readonly<Record<string, IsoDate>>;
  /** Rules of one alternative group are alternative ways to qualify: one pass is enough */
  alternativeGroup?: string;
  sources: readonly string[];
  /** The whole rule rests on a point the reference marks UNVERIFIED */
  unverified: boolean;
  /** Returns null when the rule does not apply to these facts */
  evaluate(ctx: RuleContext): RuleEvaluation | null;
}

export function pass(message: TrilingualText): RuleEvaluation {
  return { outcome: 'pass', message };
}

export function fail(message: TrilingualText): RuleEvaluation {
  return { outcome: 'fail', message };
}

/** `unknown` because a fact is missing; the message names the field paths. */
export function missingFact(paths: readonly string[], why: TrilingualText): RuleEvaluation {
  const list = paths.join(', ');
  return {
    outcome: 'unknown',
    missing: [...paths],
    message: t(
      `Missing ${list}: ${why.en}`,
      `${list} が未入力のため判定できません。${why.ja}`,
      `${list} 정보가 없어 판정할 수 없습니다. ${why.ko}`,
    ),
  };
}

/** `unknown` because the reference marks the deciding point UNVERIFIED (or its sources conflict). */
export function unverifiedPoint(country: 'KR' | 'JP', why: TrilingualText): RuleEvaluation {
  const ask = country === 'KR' ? ASK_KR_IMMIGRATION : ASK_JP_IMMIGRATION;
  return {
    outcome: 'unknown',
    unverified: true,
    message: t(
      `Needs review (UNVERIFIED in the reference): ${why.en} ${ask.en}`,
      `要確認（参照資料で未確認）：${why.ja}${ask.ja}`,
      `확인 필요(참고 자료에서 미확인): ${why.ko} ${ask.ko}`,
    ),
  };
}

/** `unknown` because the point is an adviser's or immigration's judgement, not a fact we hold. */
export function judgement(country: 'KR' | 'JP', why: TrilingualText): RuleEvaluation {
  const ask = country === 'KR' ? ASK_KR_IMMIGRATION : ASK_JP_IMMIGRATION;
  return {
    outcome: 'unknown',
    message: t(
      `Needs review: ${why.en} ${ask.en}`,
      `要確認（専門家に確認してください）：${why.ja}${ask.ja}`,
      `확인 필요(전문가 검토): ${why.ko} ${ask.ko}`,
    ),
  };
}
