import { defineSkills } from '../skill';

/** reference/occupations.md §6.6 Engineering (7 skills). */
export const ENGINEERING_SKILLS = defineSkills('engineering', [
  {
    id: 'mechanical-design',
    label: { en: 'Mechanical design', ja: '機械設計', ko: '기계설계' },
    synonyms: ['機構設計', '設計開発'],
  },
  {
    id: 'circuit-design',
    label: { en: 'Circuit design', ja: '回路設計', ko: '회로설계' },
    synonyms: ['電子回路', 'アナログ/デジタル回路'],
  },
  {
    id: 'plc-control',
    label: { en: 'PLC / control engineering', ja: '制御設計（PLC）', ko: 'PLC 제어' },
    synonyms: ['シーケンス制御', '자동화', 'PLC', 'Control engineering', '制御設計'],
  },
  {
    id: 'quality-control',
    label: { en: 'Quality control', ja: '品質管理', ko: '품질관리' },
    // 品質保証 is also listed under `testing-qa` by the reference; it resolves here (see README).
    synonyms: ['QC', 'ISO 9001', '品質保証', 'QA(製造)'],
  },
  {
    id: 'production-engineering',
    label: { en: 'Production engineering', ja: '生産技術', ko: '생산기술' },
    synonyms: ['工程設計', '공정관리'],
  },
  {
    id: 'construction-management',
    label: { en: 'Construction management', ja: '施工管理', ko: '시공관리' },
    synonyms: ['現場監督', '현장관리'],
  },
  {
    id: 'semiconductor-process',
    label: { en: 'Semiconductor process engineering', ja: '半導体プロセス', ko: '반도체 공정' },
    synonyms: ['前工程', '後工程', '팹'],
  },
]);
