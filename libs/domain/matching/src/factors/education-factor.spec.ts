import type { EducationEntry } from '@hashidari/marketplace';
import type { MatchJob } from '../model/match-input';
import { contextOf } from '../testing/context';
import { scoreEducation } from './education-factor';

interface Row {
  name: string;
  education: EducationEntry[];
  job?: Partial<MatchJob>;
  score: number;
  key: string;
  params?: Record<string, unknown>;
}

const rows: Row[] = [
  { name: 'bachelor in business for overseas sales (2742)', education: [{ level: 'bachelor', field: 'business administration' }], score: 1, key: 'match.education.meets', params: { required: 'bachelor', held: 'bachelor', fieldFit: 'related' } },
  { name: 'master in computer science for sales: level met, field unrelated', education: [{ level: 'master', field: 'computer science' }], score: 0.7 + 0.3 * 0.35, key: 'match.education.meets', params: { held: 'master', fieldFit: 'unrelated' } },
  { name: 'associate degree one level short, unrelated field', education: [{ level: 'associate', field: 'hospitality and tourism' }], score: 0.7 * 0.45 + 0.3 * 0.35, key: 'match.education.below', params: { held: 'associate' } },
  { name: 'high school, no field', education: [{ level: 'high-school' }], score: 0.7 * 0.1 + 0.3 * 0.7, key: 'match.education.below', params: { fieldFit: 'unknown' } },
  { name: 'no education at all', education: [], score: 0.7 * 0.1 + 0.3 * 0.7, key: 'match.education.below', params: { held: 'none' } },
  { name: 'no requirement; Japanese literature for a translator (2814)', education: [{ level: 'bachelor', field: 'Japanese language and literature' }], job: { occupationCode: '2814', educationLevel: undefined }, score: 0.7 * 0.85 + 0.3, key: 'match.education.no-requirement', params: { required: 'none', fieldFit: 'related' } },
  { name: 'a posting without a code cannot judge the field', education: [{ level: 'bachelor', field: 'business administration' }], job: { occupationCode: undefined }, score: 0.7 + 0.3 * 0.7, key: 'match.education.meets', params: { fieldFit: 'unknown' } },
  { name: 'a Korean field name (경영학) for sales', education: [{ level: 'bachelor', field: '경영학' }], score: 1, key: 'match.education.meets', params: { fieldFit: 'related' } },
  { name: 'a Japanese field name (情報工学) for software (2223)', education: [{ level: 'bachelor', field: '情報工学' }], job: { occupationCode: '2223' }, score: 1, key: 'match.education.meets' },
  { name: 'the highest degree counts and any related field', education: [{ level: 'bachelor', field: 'media and communication' }, { level: 'master', field: 'marketing' }], job: { occupationCode: '2733', educationLevel: 'master' }, score: 1, key: 'match.education.meets' },
];

describe('education factor (employer side)', () => {
  it.each(rows)('$name', ({ education, job, score, key, params }) => {
    const result = scoreEducation(contextOf({ education }, job));
    expect(result.score).toBeCloseTo(score, 6);
    expect(result.messageKey).toBe(key);
    if (params) expect(result.params).toMatchObject(params);
  });
});
