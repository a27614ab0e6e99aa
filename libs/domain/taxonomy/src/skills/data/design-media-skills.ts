import { defineSkills } from '../skill';

/** reference/occupations.md §6.2 Design and media (11 skills). */
export const DESIGN_MEDIA_SKILLS = defineSkills('design-media', [
  {
    id: 'figma',
    label: { en: 'Figma', ja: 'Figma', ko: '피그마' },
    synonyms: ['プロトタイピング', '프로토타입'],
  },
  {
    id: 'photoshop',
    label: { en: 'Adobe Photoshop', ja: 'Photoshop（フォトショップ）', ko: '포토샵' },
    synonyms: ['PS', 'フォトショ', 'Photoshop', 'フォトショップ'],
  },
  {
    id: 'illustrator',
    label: { en: 'Adobe Illustrator', ja: 'Illustrator（イラレ）', ko: '일러스트레이터' },
    // The reference also lists `AI` here and under `machine-learning`; resolved to `machine-learning` (see README).
    synonyms: ['イラレ', 'Illustrator'],
  },
  {
    id: 'video-editing',
    label: { en: 'Video editing (Premiere Pro, After Effects)', ja: '動画編集', ko: '영상 편집' },
    synonyms: ['Premiere', 'After Effects', '모션그래픽', 'モーショングラフィックス', 'Video editing', 'Premiere Pro'],
  },
  {
    id: 'ui-design',
    label: { en: 'UI design', ja: 'UIデザイン', ko: 'UI 디자인' },
    synonyms: ['画面設計', '화면설계'],
  },
  {
    id: 'ux-research',
    label: { en: 'UX research', ja: 'UXリサーチ', ko: 'UX 리서치' },
    synonyms: ['ユーザー調査', '사용성 테스트'],
  },
  {
    id: 'html-css',
    label: { en: 'HTML / CSS coding', ja: 'HTML・CSSコーディング', ko: '웹 퍼블리싱' },
    synonyms: ['マークアップ', '퍼블리셔', 'HTML', 'CSS', 'HTML/CSS'],
  },
  {
    id: 'editorial-design',
    label: { en: 'Layout / editorial design', ja: 'DTP・レイアウト', ko: '편집 디자인' },
    synonyms: ['InDesign', '組版', 'DTP', 'レイアウト', 'Editorial design'],
  },
  {
    id: 'autocad',
    label: { en: 'AutoCAD (2D CAD)', ja: 'AutoCAD', ko: '오토캐드' },
    synonyms: ['CAD', '2D CAD', '製図'],
  },
  {
    id: '3d-cad',
    label: { en: '3D CAD (SolidWorks, CATIA)', ja: '3次元CAD', ko: '3D CAD' },
    synonyms: ['SolidWorks', 'CATIA', 'NX'],
  },
  {
    id: '3d-modeling',
    label: { en: '3D modelling (Blender, Maya)', ja: '3DCG', ko: '3D 모델링' },
    synonyms: ['Blender', 'Maya', 'CG', '3D modelling', '3D modeling'],
  },
]);
