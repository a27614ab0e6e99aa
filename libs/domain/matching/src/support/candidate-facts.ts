import type { IsoDate, LanguageOf, LanguageTestResult } from '@hashidari/domain-core';
import type { MatchCandidate } from '../model/match-input';
import { heldSkills } from './held-skills';
import { commandOf, heldInLanguage, isExpired, nativeLanguageOf, testLabel } from './language-holdings';

/** What matching reads about a candidate that does not depend on the posting. */
export interface CandidateFacts {
  native: LanguageOf | undefined;
  /** Language results that still count on the date */
  valid: LanguageTestResult[];
  /** Labels of results that no longer count (TOPIK older than two years) */
  expired: string[];
  /** Command (0..1) of Japanese and Korean */
  commands: Record<'ja' | 'ko', number>;
  /** What the candidate holds in each local language ('native', a test label or 'none') */
  localHeld: Record<'ja' | 'ko', string>;
  /** Listed skills plus the language skills their nationality or results show */
  heldSkills: ReadonlySet<string>;
}

// Ranking scores one candidate against hundreds of postings: these facts are worked out once per
// candidate object and date. Inputs are treated as immutable, so the object is a safe key.
const cache = new WeakMap<MatchCandidate, { evalDate: IsoDate; facts: CandidateFacts }>();

export function candidateFacts(candidate: MatchCandidate, evalDate: IsoDate): CandidateFacts {
  const hit = cache.get(candidate);
  if (hit && hit.evalDate === evalDate) return hit.facts;
  const native = nativeLanguageOf(candidate.nationality);
  const valid: LanguageTestResult[] = [];
  const expired: string[] = [];
  for (const result of candidate.languageTests) {
    if (isExpired(result, evalDate)) expired.push(testLabel(result));
    else valid.push(result);
  }
  const commands = { ja: commandOf(valid, 'ja', native), ko: commandOf(valid, 'ko', native) };
  const facts: CandidateFacts = {
    native,
    valid,
    expired,
    commands,
    localHeld: { ja: heldInLanguage(valid, 'ja', native), ko: heldInLanguage(valid, 'ko', native) },
    heldSkills: heldSkills(candidate.skills, commands),
  };
  cache.set(candidate, { evalDate, facts });
  return facts;
}
