import type { MatchCandidate, MatchJob } from '../model/match-input';
import { contextOf } from '../testing/context';
import { scoreLanguage } from './language-factor';

interface Row {
  name: string;
  candidate?: Partial<MatchCandidate>;
  job?: Partial<MatchJob>;
  score: number;
  key: string;
  params?: Record<string, unknown>;
}

const rows: Row[] = [
  { name: 'TOPIK 5 against TOPIK 4: one level above', score: 0.925, key: 'match.language.exceeds', params: { required: 'TOPIK 4', held: 'TOPIK 5' } },
  { name: 'TOPIK 4 against TOPIK 4: exactly met', candidate: { languageTests: [{ test: 'TOPIK', level: 4 }] }, score: 0.85, key: 'match.language.meets', params: { held: 'TOPIK 4' } },
  { name: 'TOPIK 6 against TOPIK 4: two levels above is full', candidate: { languageTests: [{ test: 'TOPIK', level: 6 }] }, score: 1, key: 'match.language.exceeds' },
  { name: 'a Korean native against TOPIK 4', candidate: { nationality: 'KR', languageTests: [] }, score: 1, key: 'match.language.native', params: { held: 'native' } },
  { name: 'TOPIK 3 against TOPIK 4 is below (the gate fails too)', candidate: { languageTests: [{ test: 'TOPIK', level: 3 }] }, score: 0, key: 'match.language.below', params: { required: 'TOPIK 4', held: 'TOPIK 3', unmet: ['TOPIK 4'] } },
  { name: 'two languages: the weaker margin counts', job: { languageRequirements: [{ test: 'TOPIK', level: 4 }, { test: 'JLPT', level: 'N1' }] }, score: 0.925, key: 'match.language.exceeds', params: { required: 'TOPIK 4', requirements: ['TOPIK 4', 'JLPT N1'] } },
  { name: 'BJT 580 against BJT 480: a hundred points is one step', candidate: { nationality: 'KR', languageTests: [{ test: 'BJT', score: 580 }] }, job: { country: 'JP', languageRequirements: [{ test: 'BJT', score: 480 }] }, score: 0.925, key: 'match.language.exceeds', params: { required: 'BJT 480', held: 'BJT 580' } },
  { name: 'no requirement in Korea: TOPIK 5 helps', job: { languageRequirements: [] }, score: 0.6 + 0.4 * (5 / 6), key: 'match.language.no-requirement', params: { language: 'ko', held: 'TOPIK 5' } },
  { name: 'no requirement in Japan: a Japanese native', job: { country: 'JP', languageRequirements: [] }, score: 1, key: 'match.language.no-requirement', params: { language: 'ja', held: 'native' } },
  { name: 'no requirement, no Korean at all', candidate: { languageTests: [] }, job: { languageRequirements: [] }, score: 0.6, key: 'match.language.no-requirement', params: { held: 'none' } },
  { name: 'an expired TOPIK is named and not used', candidate: { languageTests: [{ test: 'TOPIK', level: 6, date: '2023-01-01' }, { test: 'TOPIK', level: 4, date: '2025-10-19' }] }, score: 0.85, key: 'match.language.meets', params: { held: 'TOPIK 4', expired: ['TOPIK 6'] } },
];

describe('language factor (employer side)', () => {
  it.each(rows)('$name', ({ candidate, job, score, key, params }) => {
    const result = scoreLanguage(contextOf(candidate, job));
    expect(result.score).toBeCloseTo(score, 6);
    expect(result.messageKey).toBe(key);
    if (params) expect(result.params).toMatchObject(params);
  });
});
