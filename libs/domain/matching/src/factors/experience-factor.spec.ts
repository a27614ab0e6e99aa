import type { ExperienceEntry } from '@hashidari/marketplace';
import type { MatchJob } from '../model/match-input';
import { contextOf } from '../testing/context';
import { scoreExperience } from './experience-factor';

interface Row {
  name: string;
  experience: ExperienceEntry[];
  job?: Partial<MatchJob>;
  score: number;
  key: string;
  params?: Record<string, unknown>;
}

const rows: Row[] = [
  { name: 'a new graduate starts at 0.4', experience: [], score: 0.4, key: 'match.experience.none', params: { months: 0, totalMonths: 0 } },
  { name: '12 months in the same code', experience: [{ occupationCode: '2742', months: 12, country: 'KR' }], score: 0.7, key: 'match.experience.relevant', params: { months: 12 } },
  { name: '24 months in the Japanese equivalent (MHLW 048) is full', experience: [{ occupationCode: '048', months: 24, country: 'JP' }], score: 1, key: 'match.experience.relevant', params: { months: 24 } },
  { name: 'months in the same group (2743 technical sales) count half', experience: [{ occupationCode: '2743', months: 12, country: 'KR' }], score: 0.4 + 0.6 * 0.25, key: 'match.experience.related', params: { months: 0, relatedMonths: 12 } },
  { name: 'months in another field do not count', experience: [{ occupationCode: '2223', months: 12, country: 'KR' }], score: 0.4, key: 'match.experience.none', params: { totalMonths: 12 } },
  { name: 'an entry without a code counts only in the total', experience: [{ title: 'Part-time', months: 10 }], score: 0.4, key: 'match.experience.none', params: { totalMonths: 10 } },
  { name: 'more than enough is capped at 1', experience: [{ occupationCode: '2742', months: 36, country: 'KR' }], score: 1, key: 'match.experience.relevant' },
  { name: 'an internship starts at 0.75 and is full at 6 months', experience: [{ occupationCode: '2742', months: 3, country: 'KR' }], job: { employmentType: 'internship' }, score: 0.875, key: 'match.experience.relevant' },
];

describe('experience factor (employer side)', () => {
  it.each(rows)('$name', ({ experience, job, score, key, params }) => {
    const result = scoreExperience(contextOf({ experience }, job));
    expect(result.score).toBeCloseTo(score, 6);
    expect(result.messageKey).toBe(key);
    if (params) expect(result.params).toMatchObject(params);
  });
});
