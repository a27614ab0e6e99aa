import type { TrilingualText } from '@hashidari/domain-core';

/** The seven skill groups, one per heading of reference/occupations.md §6 (6.1–6.7). */
export const SKILL_GROUPS = [
  'it',
  'design-media',
  'language',
  'sales-marketing',
  'business-office',
  'engineering',
  'hospitality',
] as const;
export type SkillGroup = (typeof SKILL_GROUPS)[number];

export interface Skill {
  /** Stable kebab-case key (`skill_id` of the reference). Never rename; add new skills with new ids. */
  readonly id: string;
  readonly group: SkillGroup;
  /** en / ja / ko labels exactly as the reference writes them (product names keep their capitals). */
  readonly label: TrilingualText;
  /**
   * Other words for the skill in any language: the reference's aliases, the parts of its labels
   * (`Spring Boot` of `Spring / Spring Boot`) and test names from the glossary. Case, width and
   * spacing variants need no entry: lookups normalise them (see normalizeTerm, compactTerm).
   */
  readonly synonyms: readonly string[];
}

/** Group headings: en from the reference; ja and ko are editorial translations (need review). */
export const SKILL_GROUP_LABELS: Readonly<Record<SkillGroup, TrilingualText>> = {
  it: { en: 'Software and IT', ja: 'ソフトウェア・IT', ko: '소프트웨어·IT' },
  'design-media': { en: 'Design and media', ja: 'デザイン・メディア', ko: '디자인·미디어' },
  language: { en: 'Language and communication', ja: '語学・コミュニケーション', ko: '어학·커뮤니케이션' },
  'sales-marketing': { en: 'Sales, marketing and trade', ja: '営業・マーケティング・貿易', ko: '영업·마케팅·무역' },
  'business-office': { en: 'Business, finance and office', ja: 'ビジネス・財務・事務', ko: '경영·재무·사무' },
  engineering: { en: 'Engineering', ja: 'エンジニアリング', ko: '엔지니어링' },
  hospitality: { en: 'Hospitality and customer service', ja: '接客・カスタマーサービス', ko: '서비스·고객응대' },
};

/** Attaches the group to the rows of one data file. */
export function defineSkills(group: SkillGroup, rows: readonly Omit<Skill, 'group'>[]): readonly Skill[] {
  return rows.map((row) => Object.freeze({ ...row, group, synonyms: Object.freeze([...row.synonyms]) }));
}
