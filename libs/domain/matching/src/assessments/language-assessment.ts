import { languageOfTest, type IsoDate, type LanguageOf, type LanguageTestResult } from '@hashidari/domain-core';
import type { LanguageRequirement, MatchCandidate, MatchJob } from '../model/match-input';
import { candidateFacts } from '../support/candidate-facts';
import { heldInLanguage, marginOver, testLabel } from '../support/language-holdings';

/** A native speaker counts as this many steps above any requirement. */
export const NATIVE_MARGIN = 2;

/** One language the posting asks for (its requirements in that language are alternatives). */
export interface LanguageGroupOutcome {
  language: LanguageOf;
  /** The requirement judged: the one met with the largest margin, else the first one written */
  required: string;
  /** Every alternative in this language */
  alternatives: string[];
  /** 'native', the candidate's result ('TOPIK 5') or 'none' */
  held: string;
  met: boolean;
  /** Steps above the requirement (native = NATIVE_MARGIN); negative or undefined when not met */
  margin?: number;
}

export interface LanguageAssessment {
  groups: LanguageGroupOutcome[];
  unmet: LanguageGroupOutcome[];
  /** Results that no longer count (TOPIK older than two years) */
  expired: string[];
  /** Command (0..1) of Japanese and Korean: 1 for a native speaker, else the best result against its scale */
  commands: Record<'ja' | 'ko', number>;
  /** The language of the job's country, what the candidate holds in it and their command of it */
  localLanguage: 'ja' | 'ko';
  localHeld: string;
  localCommand: number;
}

function assessGroup(language: LanguageOf, requirements: readonly LanguageRequirement[], valid: readonly LanguageTestResult[], native: LanguageOf | undefined): LanguageGroupOutcome {
  const alternatives = requirements.map(testLabel);
  if (native === language) return { language, required: alternatives[0], alternatives, held: 'native', met: true, margin: NATIVE_MARGIN };
  let best: { requirement: LanguageRequirement; margin: number } | undefined;
  for (const requirement of requirements) {
    const margin = marginOver(valid, requirement);
    if (margin !== undefined && (best === undefined || margin > best.margin)) best = { requirement, margin };
  }
  const judged = best !== undefined && best.margin >= 0 ? best.requirement : requirements[0];
  return {
    language,
    required: testLabel(judged),
    alternatives,
    held: heldInLanguage(valid, language, native, best?.requirement.test ?? requirements[0].test),
    met: best !== undefined && best.margin >= 0,
    ...(best !== undefined ? { margin: best.margin } : {}),
  };
}

/** The candidate's languages against the posting's requirements (used by the language gate and factor). */
export function assessLanguage(candidate: MatchCandidate, job: MatchJob, evalDate: IsoDate): LanguageAssessment {
  const { native, valid, expired, commands, localHeld } = candidateFacts(candidate, evalDate);
  const byLanguage = new Map<LanguageOf, LanguageRequirement[]>();
  for (const requirement of job.languageRequirements) {
    const language = languageOfTest(requirement.test);
    const list = byLanguage.get(language);
    if (list) list.push(requirement);
    else byLanguage.set(language, [requirement]);
  }
  const groups = [...byLanguage].map(([language, requirements]) => assessGroup(language, requirements, valid, native));
  const localLanguage = job.country === 'KR' ? 'ko' : 'ja';
  return {
    groups,
    unmet: groups.filter((g) => !g.met),
    expired,
    commands,
    localLanguage,
    localHeld: localHeld[localLanguage],
    localCommand: commands[localLanguage],
  };
}
