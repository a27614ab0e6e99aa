import type { RuleEvaluation } from '../rule';
import { joinText } from '../text';

/**
 * Merges alternative ways of meeting one rule (tracks): a pass wins; otherwise all the open ones are
 * reported together; otherwise all the failures.
 */
export function mergeAlternatives(evaluations: readonly RuleEvaluation[]): RuleEvaluation {
  const passed = evaluations.find((e) => e.outcome === 'pass');
  if (passed) return passed;
  const open = evaluations.filter((e) => e.outcome === 'unknown');
  const chosen = open.length > 0 ? open : evaluations;
  const missing = [...new Set(chosen.flatMap((e) => e.missing ?? []))];
  return {
    outcome: open.length > 0 ? 'unknown' : 'fail',
    message: joinText(chosen.map((e) => e.message)),
    ...(missing.length > 0 ? { missing } : {}),
    ...(chosen.some((e) => e.unverified) ? { unverified: true } : {}),
  };
}

/** Prefixes a track's label to its evaluation message. */
export function labelled(label: { en: string; ja: string; ko: string }, e: RuleEvaluation): RuleEvaluation {
  return {
    ...e,
    message: {
      en: `${label.en}: ${e.message.en}`,
      ja: `${label.ja}：${e.message.ja}`,
      ko: `${label.ko}: ${e.message.ko}`,
    },
  };
}
