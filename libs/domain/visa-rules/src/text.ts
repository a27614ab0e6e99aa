import type { TrilingualText } from '@hashidari/domain-core';

/** Builds a trilingual text; the argument order (en, ja, ko) matches the answer shape. */
export function t(en: string, ja: string, ko: string): TrilingualText {
  return { en, ja, ko };
}

/** Joins trilingual fragments with a separator per language. */
export function joinText(parts: readonly TrilingualText[], separator = ' '): TrilingualText {
  return {
    en: parts.map((p) => p.en).join(separator),
    ja: parts.map((p) => p.ja).join(separator === ' ' ? '' : separator),
    ko: parts.map((p) => p.ko).join(separator),
  };
}

/** Who to ask when the engine cannot decide (glossary: pair needs_review with the call centre). */
export const ASK_KR_IMMIGRATION = t(
  'Check with Korean immigration (1345).',
  '韓国の出入国・外国人庁（1345）に確認してください。',
  '출입국·외국인청(1345)에 확인하세요.',
);

export const ASK_JP_IMMIGRATION = t(
  'Check with the Immigration Services Agency of Japan (0570-013904).',
  '出入国在留管理庁（0570-013904）に確認してください。',
  '일본 출입국재류관리청(0570-013904)에 확인하세요.',
);

export function formatAmount(amount: number): string {
  return amount.toLocaleString('en-US');
}

const INSTITUTION_LABELS: Readonly<Record<string, TrilingualText>> = {
  university: t('university', '大学', '대학교'),
  'graduate-school': t('graduate school', '大学院', '대학원'),
  'junior-college': t('junior college', '短期大学・専門大学', '전문대학·단기대학'),
  vocational: t('vocational college', '専門学校', '전문학교(일본)'),
  'language-school': t('language school', '語学学校・語学堂', '어학원·어학당'),
};

export function institutionLabel(type: string): TrilingualText {
  return INSTITUTION_LABELS[type] ?? t(type, type, type);
}
