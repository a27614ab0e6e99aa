import { defineSkills } from '../skill';

/** reference/occupations.md §6.4 Sales, marketing and trade (19 skills). */
export const SALES_MARKETING_SKILLS = defineSkills('sales-marketing', [
  {
    id: 'sales',
    label: { en: 'Sales', ja: '営業', ko: '영업' },
    // inside sales: left out of the 100 by the reference, which says to add it back as an alias of `sales`.
    synonyms: ['セールス', '세일즈', 'inside sales'],
  },
  {
    id: 'b2b-sales',
    label: { en: 'B2B / corporate sales', ja: '法人営業', ko: '법인영업' },
    synonyms: ['B2B営業', 'B2B 영업', 'B2B', 'B2B sales', 'Corporate sales'],
  },
  {
    id: 'overseas-sales',
    label: { en: 'Overseas / export sales', ja: '海外営業', ko: '해외영업' },
    synonyms: ['輸出営業', '수출영업', 'Overseas sales', 'Export sales'],
  },
  {
    id: 'account-management',
    label: { en: 'Key-account / existing-client sales', ja: 'ルート営業・既存顧客対応', ko: '기존 거래처 관리' },
    synonyms: ['KAM', '어카운트 매니지먼트', 'Key account management', 'Account management', 'ルート営業', '既存顧客対応'],
  },
  {
    id: 'negotiation',
    label: { en: 'Negotiation', ja: '交渉・商談', ko: '협상·상담' },
    // 상담 alone (part of the ko label) is not indexed: it is as often customer counselling as negotiation.
    synonyms: ['商談', '바이어 상담', '交渉', '협상'],
  },
  {
    id: 'presentation',
    label: { en: 'Presentation', ja: 'プレゼンテーション', ko: '프레젠테이션' },
    synonyms: ['プレゼン', 'PT', '발표'],
  },
  {
    id: 'digital-marketing',
    label: { en: 'Digital marketing', ja: 'デジタルマーケティング・Webマーケティング', ko: '디지털 마케팅' },
    synonyms: ['퍼포먼스 마케팅', '運用型広告', '광고 운영', 'デジタルマーケティング', 'Webマーケティング'],
  },
  {
    id: 'seo',
    label: { en: 'SEO / SEM', ja: 'SEO対策', ko: '검색엔진최적화' },
    synonyms: ['SEM', 'リスティング広告', '검색광고', 'SEO'],
  },
  {
    id: 'social-media',
    label: { en: 'Social-media marketing', ja: 'SNS運用', ko: 'SNS 마케팅' },
    synonyms: ['Instagram', 'TikTok', 'X', '인플루언서 마케팅', 'SNS'],
  },
  {
    id: 'web-analytics',
    label: { en: 'Web analytics (Google Analytics)', ja: 'アクセス解析（GA4）', ko: '웹 분석(GA4)' },
    synonyms: ['Google Analytics', '구글 애널리틱스', 'Web analytics', 'アクセス解析', '웹 분석', 'GA4'],
  },
  {
    id: 'market-research',
    label: { en: 'Market research', ja: '市場調査', ko: '시장조사' },
    synonyms: ['マーケティングリサーチ', '리서치'],
  },
  {
    id: 'product-planning',
    label: { en: 'Product planning / merchandising', ja: '商品企画', ko: '상품기획' },
    synonyms: ['MD', 'マーチャンダイジング', '머천다이징', 'Product planning', 'Merchandising'],
  },
  {
    id: 'public-relations',
    label: { en: 'Public relations', ja: '広報', ko: '홍보' },
    synonyms: ['PR', 'プレスリリース', '보도자료'],
  },
  {
    id: 'event-planning',
    label: { en: 'Event planning', ja: 'イベント企画', ko: '행사기획' },
    synonyms: ['MICE', '展示会', '전시회'],
  },
  {
    id: 'copywriting',
    label: { en: 'Copywriting', ja: 'コピーライティング', ko: '카피라이팅' },
    synonyms: ['ライティング', '콘텐츠 작성'],
  },
  {
    id: 'trade-practice',
    label: { en: 'Trade practice (Incoterms, L/C)', ja: '貿易実務', ko: '무역실무' },
    synonyms: ['インコタームズ', '信用状', '무역영어', '국제무역사', 'Trade practice', 'Incoterms', 'L/C'],
  },
  {
    id: 'customs',
    label: { en: 'Customs procedures', ja: '通関', ko: '통관' },
    synonyms: ['通関士', '관세사', '輸出入手続き'],
  },
  {
    id: 'purchasing',
    label: { en: 'Purchasing / procurement', ja: '購買・調達', ko: '구매·조달' },
    synonyms: ['バイイング', '소싱', 'Purchasing', 'Procurement', '購買', '調達', '구매', '조달'],
  },
  {
    id: 'crm',
    label: { en: 'CRM (Salesforce)', ja: '顧客管理（CRM）', ko: '고객관리(CRM)' },
    synonyms: ['Salesforce', 'HubSpot', 'CRM', '顧客管理', '고객관리'],
  },
]);
