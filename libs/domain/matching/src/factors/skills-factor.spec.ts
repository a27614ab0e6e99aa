import type { MatchCandidate, MatchJob } from '../model/match-input';
import { contextOf } from '../testing/context';
import { scoreSkills } from './skills-factor';

interface Row {
  name: string;
  candidate?: Partial<MatchCandidate>;
  job?: Partial<MatchJob>;
  score: number;
  key: string;
  params?: Record<string, unknown>;
}

const rows: Row[] = [
  { name: 'every required and preferred skill', score: 1, key: 'match.skills.all-required', params: { matchedRequired: ['sales'], matchedPreferred: ['excel'], missingRequired: [] } },
  { name: 'a preferred skill missing costs a quarter', candidate: { skills: ['sales'] }, score: 0.75, key: 'match.skills.all-required', params: { missingPreferred: ['excel'] } },
  { name: 'the required skill missing leaves only the preferred quarter', candidate: { skills: ['excel'] }, score: 0.25, key: 'match.skills.missing', params: { missingRequired: ['sales'], relatedRequired: [] } },
  { name: 'a related skill of the same group earns partial credit (vue for react)', candidate: { skills: ['vue'] }, job: { requiredSkills: ['react'], preferredSkills: [] }, score: 0.3, key: 'match.skills.missing', params: { missingRequired: ['react'], relatedRequired: ['react'] } },
  { name: 'a Japanese national holds japanese without listing it', job: { requiredSkills: ['sales', 'japanese'], preferredSkills: [] }, score: 1, key: 'match.skills.all-required', params: { matchedRequired: ['sales', 'japanese'] } },
  { name: 'JLPT N3 is not working Japanese', candidate: { nationality: 'KR', languageTests: [{ test: 'JLPT', level: 'N3' }], skills: ['sales'] }, job: { requiredSkills: ['sales', 'japanese'], preferredSkills: [] }, score: 0.5, key: 'match.skills.missing', params: { missingRequired: ['japanese'] } },
  { name: 'JLPT N2 is working Japanese', candidate: { nationality: 'KR', languageTests: [{ test: 'JLPT', level: 'N2' }], skills: ['sales'] }, job: { requiredSkills: ['sales', 'japanese'], preferredSkills: [] }, score: 1, key: 'match.skills.all-required' },
  { name: 'TOPIK 5 gives business Korean', job: { requiredSkills: ['business-korean'], preferredSkills: [] }, score: 1, key: 'match.skills.all-required' },
  { name: 'TOPIK 4 gives Korean but not business Korean', candidate: { languageTests: [{ test: 'TOPIK', level: 4 }] }, job: { requiredSkills: ['korean', 'business-korean'], preferredSkills: [] }, score: 0.5, key: 'match.skills.missing', params: { matchedRequired: ['korean'], missingRequired: ['business-korean'] } },
  { name: 'nothing asked is neutral', job: { requiredSkills: [], preferredSkills: [] }, score: 0.7, key: 'match.skills.no-requirements' },
  { name: 'preferred only: excel held, negotiation related to sales', job: { requiredSkills: [], preferredSkills: ['excel', 'negotiation'] }, score: 0.86, key: 'match.skills.preferred-only' },
  { name: 'a skill written twice counts once', job: { requiredSkills: ['sales', 'sales'], preferredSkills: [] }, score: 1, key: 'match.skills.all-required', params: { matchedRequired: ['sales'] } },
];

describe('skills factor (employer side)', () => {
  it.each(rows)('$name', ({ candidate, job, score, key, params }) => {
    const result = scoreSkills(contextOf(candidate, job));
    expect(result.factor).toBe('skills');
    expect(result.score).toBeCloseTo(score, 6);
    expect(result.messageKey).toBe(key);
    if (params) expect(result.params).toMatchObject(params);
  });
});
