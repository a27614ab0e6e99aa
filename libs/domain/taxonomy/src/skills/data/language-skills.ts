import { defineSkills } from '../skill';

/** reference/occupations.md §6.3 Language and communication (8 skills). */
export const LANGUAGE_SKILLS = defineSkills('language', [
  {
    id: 'japanese',
    label: { en: 'Japanese', ja: '日本語', ko: '일본어' },
    // The reference also lists `BJT` here and under `business-japanese`; resolved to `business-japanese` (see README).
    // 일본어능력시험: glossary §4.
    synonyms: ['JLPT', '日本語能力試験', 'N1', 'N2', 'JPT', '일본어능력시험'],
  },
  {
    id: 'korean',
    label: { en: 'Korean', ja: '韓国語', ko: '한국어' },
    // 한국어능력시험, ハングル能力検定, ハン検: glossary §4.
    synonyms: ['TOPIK', '韓国語能力試験', 'ハングル', '한국어능력시험', 'ハングル能力検定', 'ハン検'],
  },
  {
    id: 'english',
    label: { en: 'English', ja: '英語', ko: '영어' },
    // TEPS, トーイック: glossary §4.
    synonyms: ['TOEIC', '토익', 'TOEFL', 'IELTS', 'OPIc', 'TEPS', 'トーイック'],
  },
  {
    id: 'chinese',
    label: { en: 'Chinese (Mandarin)', ja: '中国語', ko: '중국어' },
    synonyms: ['HSK', '普通話', 'Chinese', 'Mandarin'],
  },
  {
    id: 'translation',
    label: { en: 'Translation (ja↔ko, ko↔en …)', ja: '翻訳', ko: '번역' },
    synonyms: ['日韓翻訳', '한일 번역', 'ローカライズ', '현지화', 'Translation'],
  },
  {
    id: 'interpretation',
    label: { en: 'Interpretation (consecutive / simultaneous)', ja: '通訳（逐次・同時）', ko: '통역(순차·동시)' },
    synonyms: ['会議通訳', '수행통역', 'Interpretation', '通訳', '통역'],
  },
  {
    id: 'business-japanese',
    label: { en: 'Business Japanese / keigo', ja: 'ビジネス日本語・敬語', ko: '비즈니스 일본어·경어' },
    // 경어 (part of the ko label) is not indexed here: the reference lists it as an alias of `business-korean`.
    // BJTビジネス日本語能力テスト: glossary §4.
    synonyms: ['BJT', 'ビジネスマナー', 'Business Japanese', 'keigo', 'ビジネス日本語', '敬語', 'BJTビジネス日本語能力テスト'],
  },
  {
    id: 'business-korean',
    label: { en: 'Business Korean', ja: 'ビジネス韓国語', ko: '비즈니스 한국어' },
    synonyms: ['존댓말', '경어'],
  },
]);
