import {
  bestLevel,
  bestScore,
  levelOrdinal,
  type IsoDate,
  type LanguageTestResult,
  resultValidUntil,
} from '@hashidari/domain-core';
import type { PersonFacts } from '../eligibility-request';
import type { Tri, TriFact } from './tri';

/** A language requirement with alternatives, e.g. TOPIK 4 or KIIP stage 4 or KIIP pre-assessment 81. */
export interface KoreanRequirement {
  topik?: number;
  kiipStage?: number;
  kiipPreAssessment?: number;
  /** TOPIK must still be valid on the evaluation date */
  topikMustBeValid?: boolean;
}

function topikValidOn(result: LanguageTestResult, evalDate: IsoDate): Tri {
  const validUntil = resultValidUntil(result);
  if (result.date === undefined || validUntil === undefined) return 'unknown';
  return result.date <= evalDate && evalDate <= validUntil ? 'yes' : 'no';
}

/** Does the person meet a Korean-language requirement? TOPIK without a date is `unknown` when validity matters. */
export function meetsKorean(person: PersonFacts, req: KoreanRequirement, evalDate: IsoDate): TriFact {
  const tests = person.languageTests;
  if (tests === undefined) return { value: 'unknown', missing: ['person.languageTests'] };
  if (req.kiipStage !== undefined) {
    const stage = bestLevel(tests, 'KIIP');
    if (stage !== undefined && stage >= req.kiipStage) return { value: 'yes', missing: [] };
  }
  if (req.kiipPreAssessment !== undefined) {
    const score = bestScore(tests, 'KIIP');
    if (score !== undefined && score >= req.kiipPreAssessment) return { value: 'yes', missing: [] };
  }
  if (req.topik !== undefined) {
    let undatedMeets = false;
    for (const r of tests) {
      if (r.test !== 'TOPIK') continue;
      const level = levelOrdinal(r);
      if (level === undefined || level < req.topik) continue;
      if (!req.topikMustBeValid) return { value: 'yes', missing: [] };
      const valid = topikValidOn(r, evalDate);
      if (valid === 'yes') return { value: 'yes', missing: [] };
      if (valid === 'unknown') undatedMeets = true;
    }
    if (undatedMeets) return { value: 'unknown', missing: ['person.languageTests[].date'] };
  }
  return { value: 'no', missing: [] };
}

/** JLPT N1 (ordinal 5) or BJT score at or above the given threshold. */
export function meetsJapaneseN1(person: PersonFacts, bjtMin: number): TriFact {
  const tests = person.languageTests;
  if (tests === undefined) return { value: 'unknown', missing: ['person.languageTests'] };
  const jlpt = bestLevel(tests, 'JLPT');
  const bjt = bestScore(tests, 'BJT');
  return { value: (jlpt !== undefined && jlpt >= 5) || (bjt !== undefined && bjt >= bjtMin) ? 'yes' : 'no', missing: [] };
}

/** English-track alternative of the D-2 part-time rule: TOEFL iBT >= 71 or IELTS >= 5.5. */
export function meetsEnglishAlternative(person: PersonFacts): boolean {
  const tests = person.languageTests ?? [];
  const toefl = bestScore(tests, 'TOEFL');
  const ielts = bestScore(tests, 'IELTS');
  return (toefl !== undefined && toefl >= 71) || (ielts !== undefined && ielts >= 5.5);
}

export function describeKorean(req: KoreanRequirement): { en: string; ja: string; ko: string } {
  const parts: { en: string[]; ja: string[]; ko: string[] } = { en: [], ja: [], ko: [] };
  if (req.topik !== undefined) {
    const valid = req.topikMustBeValid;
    parts.en.push(`TOPIK ${req.topik}${valid ? ' (valid)' : ''}`);
    parts.ja.push(`TOPIK ${req.topik}級${valid ? '（有効期間内）' : ''}`);
    parts.ko.push(`TOPIK ${req.topik}급${valid ? '(유효)' : ''}`);
  }
  if (req.kiipStage !== undefined) {
    parts.en.push(`KIIP Stage ${req.kiipStage}`);
    parts.ja.push(`社会統合プログラム（KIIP）${req.kiipStage}段階`);
    parts.ko.push(`사회통합프로그램(KIIP) ${req.kiipStage}단계`);
  }
  if (req.kiipPreAssessment !== undefined) {
    parts.en.push(`KIIP pre-assessment ${req.kiipPreAssessment}+`);
    parts.ja.push(`KIIP事前評価${req.kiipPreAssessment}点以上`);
    parts.ko.push(`KIIP 사전평가 ${req.kiipPreAssessment}점 이상`);
  }
  return { en: parts.en.join(' or '), ja: parts.ja.join('または'), ko: parts.ko.join(' 또는 ') };
}
