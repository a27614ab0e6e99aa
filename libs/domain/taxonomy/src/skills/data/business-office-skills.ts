import { defineSkills } from '../skill';

/** reference/occupations.md §6.5 Business, finance and office (12 skills). */
export const BUSINESS_OFFICE_SKILLS = defineSkills('business-office', [
  {
    id: 'accounting',
    label: { en: 'Accounting', ja: '経理・会計', ko: '회계·경리' },
    synonyms: ['決算', '결산', '財務会計', '経理', '会計', '회계', '경리'],
  },
  {
    id: 'bookkeeping',
    label: { en: 'Bookkeeping', ja: '簿記', ko: '부기' },
    synonyms: ['日商簿記', '전산회계', '전산세무'],
  },
  {
    id: 'financial-analysis',
    label: { en: 'Financial analysis', ja: '財務分析', ko: '재무분석' },
    synonyms: ['財務諸表', '재무제표', 'FP&A'],
  },
  {
    id: 'tax',
    label: { en: 'Tax', ja: '税務', ko: '세무' },
    synonyms: ['税理士', '세무사', '年末調整', '연말정산'],
  },
  {
    id: 'hr-recruiting',
    label: { en: 'HR / recruiting', ja: '人事・採用', ko: '인사·채용' },
    synonyms: ['採用担当', '채용담당', 'HR', 'Recruiting', '人事', '採用', '인사', '채용'],
  },
  {
    id: 'payroll-labor',
    label: { en: 'Payroll and labour administration', ja: '労務・給与計算', ko: '노무·급여' },
    synonyms: ['社会保険手続', '4대보험', 'Payroll', '労務', '給与計算', '노무', '급여'],
  },
  {
    id: 'general-affairs',
    label: { en: 'General affairs', ja: '総務', ko: '총무' },
    synonyms: ['庶務', '사무관리'],
  },
  {
    id: 'excel',
    label: { en: 'Excel (functions, pivot tables)', ja: 'Excel（関数・ピボット）', ko: '엑셀' },
    synonyms: ['MS Excel', 'VLOOKUP', 'スプレッドシート', 'Excel'],
  },
  {
    id: 'powerpoint',
    label: { en: 'PowerPoint', ja: 'PowerPoint', ko: '파워포인트' },
    synonyms: ['PPT', '資料作成', '문서작성'],
  },
  {
    id: 'erp',
    label: { en: 'ERP (SAP etc.)', ja: 'ERP', ko: 'ERP' },
    // 더존 is a KR ERP suite, 奉行 a JP one (the reference's notes).
    synonyms: ['SAP', '더존', '奉行'],
  },
  {
    id: 'project-management',
    label: { en: 'Project management', ja: 'プロジェクト管理', ko: '프로젝트 관리' },
    synonyms: ['PM', 'PMP', '進捗管理', '일정관리'],
  },
  {
    id: 'business-analysis',
    label: { en: 'Business analysis / process improvement', ja: '業務分析・業務改善', ko: '업무분석·프로세스 개선' },
    synonyms: ['BPR', 'コンサルティング', 'Business analysis', 'Process improvement', '業務分析', '業務改善', '업무분석', '프로세스 개선'],
  },
]);
