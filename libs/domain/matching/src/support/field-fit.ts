import { memoize } from './memo';
import type { OccupationGroup } from '@hashidari/taxonomy';

/** related: a field of study leads to the posting's occupation group; unrelated: none does; unknown: no field or no code. */
export type FieldFit = 'related' | 'unrelated' | 'unknown';

const BUSINESS: readonly OccupationGroup[] = ['management', 'sales-trade', 'marketing-planning', 'business-office', 'hospitality'];

/**
 * Fields of study (free text in en/ja/ko, matched as lower-case substrings) and the occupation groups they
 * lead to. Editorial: E-7 and 技人国 both ask that the major relate to the duties, and in practice a
 * language major is accepted for overseas sales, trade and guest-facing work, a business major for any
 * business function.
 */
const FIELD_KEYWORDS: readonly (readonly [string, readonly OccupationGroup[]])[] = [
  ...['computer', 'software', 'information', 'data science', 'artificial intelligence', '情報', 'コンピュータ', 'ソフトウェア', '컴퓨터', '소프트웨어', '정보'].map(
    (k) => [k, ['it']] as const,
  ),
  ...['engineering', 'mechanical', 'electrical', 'electronic', 'civil', 'chemical', 'architecture', '工学', '機械', '電気', '電子', '建築', '공학', '기계', '전기', '전자', '건축'].map(
    (k) => [k, ['engineering']] as const,
  ),
  ...['language', 'literature', 'linguistics', 'japanese', 'korean', 'english', 'chinese', 'translation', 'interpretation', 'area studies', '語学', '文学', '言語', '翻訳', '通訳', '日本語', '韓国語', '朝鮮語', '어문', '언어', '문학', '통번역', '일본어', '한국어', '일어', '일본학', '한국학'].map(
    (k) => [k, ['language', 'sales-trade', 'hospitality']] as const,
  ),
  ...['business', 'management', 'economics', 'commerce', 'trade', 'accounting', 'finance', '経営', '経済', '商学', '貿易', '会計', '경영', '경제', '무역', '회계', '상경'].map(
    (k) => [k, BUSINESS] as const,
  ),
  ...['marketing', 'advertising', 'media', 'communication', 'public relations', 'マーケティング', '広告', 'メディア', '마케팅', '광고', '미디어', '언론'].map(
    (k) => [k, ['marketing-planning', 'design-media']] as const,
  ),
  ...['design', 'fine art', 'visual art', 'デザイン', '美術', '디자인', '미술'].map((k) => [k, ['design-media']] as const),
  ...['hospitality', 'tourism', 'hotel', '観光', 'ホテル', '관광', '호텔'].map((k) => [k, ['hospitality', 'marketing-planning']] as const),
  ...['international', '国際', '국제'].map((k) => [k, ['sales-trade', 'marketing-planning', 'language']] as const),
];

/** Does any of the candidate's fields of study lead to one of the posting's occupation groups? */
function computeFieldFit(fields: readonly string[], groups: readonly OccupationGroup[]): FieldFit {
  if (fields.length === 0 || groups.length === 0) return 'unknown';
  let recognised = false;
  for (const field of fields) {
    const text = field.toLowerCase();
    for (const [keyword, leadsTo] of FIELD_KEYWORDS) {
      if (!text.includes(keyword)) continue;
      recognised = true;
      if (leadsTo.some((g) => groups.includes(g))) return 'related';
    }
  }
  return recognised ? 'unrelated' : 'unknown';
}

export const fieldFit = memoize(computeFieldFit, (fields, groups) => `${fields.join('\u0001')}\u0002${groups.join(',')}`);
