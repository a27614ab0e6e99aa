/**
 * Hand-written material for the demo and the volume generator: fictional employers in Korea and Japan
 * and posting templates per occupation, written the way employers there write them (Korean employers in
 * Korean, often with an English title; Japanese employers in Japanese).
 */
import type { LocalizedText, MarketCountry } from '@hashidari/domain-core';
import type { EducationLevel, EmploymentType } from '@hashidari/marketplace';

export interface EmployerSeed {
  names: LocalizedText;
  country: MarketCountry;
  industry: string;
  size: number;
  koreanInsuredStaff: number | null;
  foreignProfessionalStaff: number | null;
  jpCategory: number | null;
}

const KR_NAME_PARTS = {
  ko: ['한빛', '누리', '세움', '다온', '푸른', '미래', '가온', '새솔', '온누리', '해오름', '별빛', '하람', '이룸', '도담', '아라'],
  en: ['Hanbit', 'Nuri', 'Seum', 'Daon', 'Pureun', 'Mirae', 'Gaon', 'Saesol', 'Onnuri', 'Haeoreum', 'Byeolbit', 'Haram', 'Irum', 'Dodam', 'Ara'],
};
const KR_INDUSTRIES = [
  { ko: '무역', en: 'Trading', industry: 'trade' },
  { ko: '소프트', en: 'Soft', industry: 'it' },
  { ko: '코스메틱', en: 'Cosmetics', industry: 'retail' },
  { ko: '여행', en: 'Travel', industry: 'travel' },
  { ko: '테크', en: 'Tech', industry: 'it' },
  { ko: '물산', en: 'Corporation', industry: 'trade' },
  { ko: '엔지니어링', en: 'Engineering', industry: 'engineering' },
  { ko: '호텔앤리조트', en: 'Hotels & Resorts', industry: 'hospitality' },
];
const JP_NAME_PARTS = {
  ja: ['あおば', '桜橋', '北斗', '瑞穂', '大和', '若葉', '東雲', '白鷺', '浜風', '朝日', '千代田', '紅葉', '青嵐', '旭日', '藤波'],
  en: ['Aoba', 'Sakurabashi', 'Hokuto', 'Mizuho', 'Yamato', 'Wakaba', 'Shinonome', 'Shirasagi', 'Hamakaze', 'Asahi', 'Chiyoda', 'Momiji', 'Seiran', 'Kyokujitsu', 'Fujinami'],
};
const JP_INDUSTRIES = [
  { ja: '商事株式会社', en: 'Trading Co., Ltd.', industry: 'trade' },
  { ja: 'システムズ株式会社', en: 'Systems Inc.', industry: 'it' },
  { ja: 'トラベル株式会社', en: 'Travel Co., Ltd.', industry: 'travel' },
  { ja: '電機株式会社', en: 'Electric Co., Ltd.', industry: 'engineering' },
  { ja: 'ホテルズ株式会社', en: 'Hotels Co., Ltd.', industry: 'hospitality' },
  { ja: 'デジタル株式会社', en: 'Digital Inc.', industry: 'it' },
  { ja: '化粧品株式会社', en: 'Cosmetics Co., Ltd.', industry: 'retail' },
  { ja: '物産株式会社', en: 'Bussan Co., Ltd.', industry: 'trade' },
];

/** The n-th fictional employer of a country; deterministic, so demo data is the same on every machine. */
export function employerSeed(country: MarketCountry, n: number): EmployerSeed {
  if (country === 'KR') {
    const part = n % KR_NAME_PARTS.ko.length;
    const kind = KR_INDUSTRIES[Math.floor(n / KR_NAME_PARTS.ko.length + n) % KR_INDUSTRIES.length];
    const suffix = n >= KR_NAME_PARTS.ko.length * KR_INDUSTRIES.length ? ` ${Math.floor(n / 120) + 1}` : '';
    const size = 20 + ((n * 37) % 480);
    return {
      names: { ko: `(주)${KR_NAME_PARTS.ko[part]}${kind.ko}${suffix}`, en: `${KR_NAME_PARTS.en[part]} ${kind.en}${suffix}` },
      country,
      industry: kind.industry,
      size,
      koreanInsuredStaff: Math.max(3, Math.round(size * 0.9)),
      foreignProfessionalStaff: (n * 7) % 6,
      jpCategory: null,
    };
  }
  const part = n % JP_NAME_PARTS.ja.length;
  const kind = JP_INDUSTRIES[Math.floor(n / JP_NAME_PARTS.ja.length + n) % JP_INDUSTRIES.length];
  const suffix = n >= JP_NAME_PARTS.ja.length * JP_INDUSTRIES.length ? ` ${Math.floor(n / 120) + 1}` : '';
  const size = 30 + ((n * 53) % 900);
  return {
    names: { ja: `${JP_NAME_PARTS.ja[part]}${kind.ja}${suffix}`, en: `${JP_NAME_PARTS.en[part]} ${kind.en}${suffix}` },
    country,
    industry: kind.industry,
    size,
    koreanInsuredStaff: null,
    foreignProfessionalStaff: null,
    jpCategory: size > 500 ? 2 : 3,
  };
}

export const KR_CITIES = ['Seoul', 'Seoul', 'Seoul', 'Busan', 'Incheon', 'Seongnam', 'Daejeon', 'Jeju'];
export const JP_CITIES = ['Tokyo', 'Tokyo', 'Tokyo', 'Osaka', 'Fukuoka', 'Yokohama', 'Nagoya', 'Sapporo'];

export interface PostingTemplate {
  /** taxonomy occupation id */
  occupation: string;
  industries: string[];
  employmentType: EmploymentType;
  titles: { KR: LocalizedText; JP: LocalizedText };
  descriptions: { KR: LocalizedText; JP: LocalizedText };
  requiredSkills: string[];
  preferredSkills: string[];
  educationLevel: EducationLevel;
  /** yearly pay band in KRW and JPY, full-time */
  pay: { KRW: [number, number]; JPY: [number, number] };
  language: { KR: { test: 'TOPIK'; level: number } | null; JP: { test: 'JLPT'; level: string } | null };
}

export const POSTING_TEMPLATES: PostingTemplate[] = [
  {
    occupation: 'overseas-sales-representative',
    industries: ['trade', 'retail', 'engineering'],
    employmentType: 'full-time',
    titles: {
      KR: { ko: '일본 시장 해외영업원 채용', en: 'Overseas Sales (Japan market)' },
      JP: { ja: '海外営業担当（韓国市場）', en: 'Overseas Sales (Korea)' },
    },
    descriptions: {
      KR: { ko: '일본 거래처 관리와 신규 바이어 발굴, 수출 상담 및 계약 협상을 담당합니다. 일본어 능통자 우대, 입사 후 도쿄 전시회 출장이 있습니다.' },
      JP: { ja: '韓国の取引先との商談、新規顧客の開拓、輸出入の調整を担当していただきます。韓国語を活かせる仕事です。ソウル出張あり。' },
    },
    requiredSkills: ['sales', 'negotiation'],
    preferredSkills: ['trade-practice', 'excel'],
    educationLevel: 'bachelor',
    pay: { KRW: [33_000_000, 42_000_000], JPY: [4_000_000, 5_500_000] },
    language: { KR: { test: 'TOPIK', level: 4 }, JP: { test: 'JLPT', level: 'N2' } },
  },
  {
    occupation: 'software-developer',
    industries: ['it'],
    employmentType: 'full-time',
    titles: {
      KR: { ko: '백엔드 개발자 (신입/경력)', en: 'Backend Developer' },
      JP: { ja: 'バックエンドエンジニア（Java/TypeScript）', en: 'Backend Engineer' },
    },
    descriptions: {
      KR: { ko: '일본 고객사 대상 SaaS 서비스의 서버 개발을 담당합니다. Java 또는 TypeScript 경험자, 일본어 가능자 우대. 재택근무 주 2회.' },
      JP: { ja: '自社SaaSのAPI設計・開発・運用をお任せします。TypeScriptまたはJavaの実務経験がある方歓迎。リモート勤務可。' },
    },
    requiredSkills: ['java', 'sql'],
    preferredSkills: ['typescript', 'aws'],
    educationLevel: 'bachelor',
    pay: { KRW: [38_000_000, 55_000_000], JPY: [4_500_000, 7_000_000] },
    language: { KR: { test: 'TOPIK', level: 3 }, JP: { test: 'JLPT', level: 'N2' } },
  },
  {
    occupation: 'web-developer',
    industries: ['it', 'retail'],
    employmentType: 'full-time',
    titles: {
      KR: { ko: '프론트엔드 웹 개발자', en: 'Frontend Web Developer' },
      JP: { ja: 'フロントエンドエンジニア（React）', en: 'Frontend Engineer (React)' },
    },
    descriptions: {
      KR: { ko: '일본어·한국어 다국어 커머스 사이트의 프론트엔드 개발. React와 TypeScript 사용, 디자이너와 협업합니다.' },
      JP: { ja: '日韓向けECサイトのフロントエンド開発。React・TypeScriptを使用し、デザイナーと協力してUIを改善します。' },
    },
    requiredSkills: ['javascript', 'react'],
    preferredSkills: ['typescript', 'html-css'],
    educationLevel: 'bachelor',
    pay: { KRW: [36_000_000, 50_000_000], JPY: [4_200_000, 6_500_000] },
    language: { KR: { test: 'TOPIK', level: 3 }, JP: { test: 'JLPT', level: 'N2' } },
  },
  {
    occupation: 'translator',
    industries: ['it', 'travel', 'retail', 'trade'],
    employmentType: 'full-time',
    titles: {
      KR: { ko: '일본어 번역·통역 담당자', en: 'Japanese Translator / Interpreter' },
      JP: { ja: '韓国語翻訳スタッフ', en: 'Korean Translator' },
    },
    descriptions: {
      KR: { ko: '제품 매뉴얼, 마케팅 자료의 한일 번역과 일본 고객사 회의 통역을 담당합니다. 원어민 수준의 일본어 필수.' },
      JP: { ja: 'ゲーム・Webコンテンツの韓日翻訳、ローカライズ品質チェックを担当。韓国語ネイティブまたはTOPIK6級相当の方。' },
    },
    requiredSkills: ['translation', 'japanese'],
    preferredSkills: ['interpretation', 'copywriting'],
    educationLevel: 'bachelor',
    pay: { KRW: [32_000_000, 40_000_000], JPY: [3_600_000, 4_800_000] },
    language: { KR: { test: 'TOPIK', level: 5 }, JP: { test: 'JLPT', level: 'N1' } },
  },
  {
    occupation: 'marketing-specialist',
    industries: ['retail', 'travel', 'it'],
    employmentType: 'full-time',
    titles: {
      KR: { ko: '일본 시장 디지털 마케터', en: 'Digital Marketer (Japan)' },
      JP: { ja: 'Webマーケター（韓国コスメ）', en: 'Digital Marketer (K-beauty)' },
    },
    descriptions: {
      KR: { ko: '일본 SNS 채널(인스타그램, X, LINE) 운영과 인플루언서 협업 캠페인 기획, 광고 성과 분석을 담당합니다.' },
      JP: { ja: '韓国コスメブランドの日本向けSNS運用、広告運用、インフルエンサー施策の企画を担当していただきます。' },
    },
    requiredSkills: ['digital-marketing', 'social-media-marketing'],
    preferredSkills: ['data-analysis', 'copywriting'],
    educationLevel: 'bachelor',
    pay: { KRW: [31_000_000, 40_000_000], JPY: [3_800_000, 5_000_000] },
    language: { KR: { test: 'TOPIK', level: 4 }, JP: { test: 'JLPT', level: 'N2' } },
  },
  {
    occupation: 'data-analyst',
    industries: ['it', 'retail'],
    employmentType: 'full-time',
    titles: {
      KR: { ko: '데이터 분석가', en: 'Data Analyst' },
      JP: { ja: 'データアナリスト', en: 'Data Analyst' },
    },
    descriptions: {
      KR: { ko: 'SQL과 Python으로 서비스 지표를 분석하고 대시보드를 구축합니다. 통계 전공자 우대.' },
      JP: { ja: 'SQL・Pythonを用いたデータ分析、KPIダッシュボードの構築、施策の効果検証を担当します。' },
    },
    requiredSkills: ['sql', 'python'],
    preferredSkills: ['data-analysis', 'excel'],
    educationLevel: 'bachelor',
    pay: { KRW: [38_000_000, 52_000_000], JPY: [4_500_000, 6_500_000] },
    language: { KR: { test: 'TOPIK', level: 3 }, JP: { test: 'JLPT', level: 'N2' } },
  },
  {
    occupation: 'hotel-front-desk',
    industries: ['hospitality', 'travel'],
    employmentType: 'full-time',
    titles: {
      KR: { ko: '호텔 프런트 데스크 직원 (일본어 가능자)', en: 'Hotel Front Desk (Japanese speaker)' },
      JP: { ja: 'ホテルフロントスタッフ（韓国語）', en: 'Hotel Front Desk (Korean speaker)' },
    },
    descriptions: {
      KR: { ko: '일본인 투숙객 체크인·체크아웃, 예약 관리, 관광 안내를 담당합니다. 교대 근무.' },
      JP: { ja: '韓国からのお客様を中心としたチェックイン・アウト、予約管理、観光案内。シフト制。' },
    },
    requiredSkills: ['customer-service', 'japanese'],
    preferredSkills: ['reservation-systems'],
    educationLevel: 'associate',
    pay: { KRW: [28_000_000, 33_000_000], JPY: [3_000_000, 3_600_000] },
    language: { KR: { test: 'TOPIK', level: 4 }, JP: { test: 'JLPT', level: 'N2' } },
  },
  {
    occupation: 'mechanical-engineer',
    industries: ['engineering'],
    employmentType: 'full-time',
    titles: {
      KR: { ko: '기계설계 엔지니어', en: 'Mechanical Design Engineer' },
      JP: { ja: '機械設計エンジニア', en: 'Mechanical Design Engineer' },
    },
    descriptions: {
      KR: { ko: '일본 협력사와 함께하는 반도체 장비 기계설계. CAD 사용 가능자, 기계공학 전공자.' },
      JP: { ja: '半導体製造装置の機械設計。3D CADを使用し、韓国の協力会社との技術調整も担当します。' },
    },
    requiredSkills: ['cad', 'mechanical-design'],
    preferredSkills: ['project-management'],
    educationLevel: 'bachelor',
    pay: { KRW: [40_000_000, 55_000_000], JPY: [4_500_000, 6_500_000] },
    language: { KR: { test: 'TOPIK', level: 3 }, JP: { test: 'JLPT', level: 'N2' } },
  },
  {
    occupation: 'customer-support-representative',
    industries: ['it', 'retail', 'travel'],
    employmentType: 'contract',
    titles: {
      KR: { ko: '일본어 고객상담원 (CS)', en: 'Japanese Customer Support' },
      JP: { ja: 'カスタマーサポート（韓国語対応）', en: 'Customer Support (Korean)' },
    },
    descriptions: {
      KR: { ko: '일본 고객의 문의(메일·채팅·전화)에 대응하고 VOC를 정리합니다. 1년 계약 후 정규직 전환 검토.' },
      JP: { ja: '韓国のお客様からのお問い合わせ（メール・チャット）対応、FAQ作成。契約社員、正社員登用あり。' },
    },
    requiredSkills: ['customer-service'],
    preferredSkills: ['japanese', 'excel'],
    educationLevel: 'associate',
    pay: { KRW: [27_000_000, 32_000_000], JPY: [2_900_000, 3_500_000] },
    language: { KR: { test: 'TOPIK', level: 4 }, JP: { test: 'JLPT', level: 'N2' } },
  },
  {
    occupation: 'overseas-sales-representative',
    industries: ['trade', 'retail', 'it', 'engineering'],
    employmentType: 'internship',
    titles: {
      KR: { ko: '해외영업 인턴 (정규직 전환형)', en: 'Overseas Sales Intern (conversion track)' },
      JP: { ja: '海外営業インターンシップ（本採用前提）', en: 'Overseas Sales Internship' },
    },
    descriptions: {
      KR: { ko: '6개월 인턴십 후 평가를 거쳐 정규직으로 전환합니다. 일본 바이어 응대와 수출 서류 작성을 배웁니다.' },
      JP: { ja: '3か月のインターンシップ。韓国企業との商談準備や資料作成を経験していただきます。評価により本採用。' },
    },
    requiredSkills: ['sales'],
    preferredSkills: ['excel', 'presentation'],
    educationLevel: 'bachelor',
    pay: { KRW: [2_200_000, 2_500_000], JPY: [220_000, 250_000] },
    language: { KR: { test: 'TOPIK', level: 4 }, JP: { test: 'JLPT', level: 'N2' } },
  },
  {
    occupation: 'ux-ui-designer',
    industries: ['it', 'retail'],
    employmentType: 'full-time',
    titles: {
      KR: { ko: 'UX/UI 디자이너', en: 'UX/UI Designer' },
      JP: { ja: 'UI/UXデザイナー', en: 'UI/UX Designer' },
    },
    descriptions: {
      KR: { ko: '모바일 앱의 사용자 경험 설계와 UI 디자인. Figma 숙련자, 일본어 UI 경험자 우대.' },
      JP: { ja: 'スマホアプリのUI/UX設計。Figmaでのプロトタイピング、ユーザーテストの実施。' },
    },
    requiredSkills: ['figma', 'ui-design'],
    preferredSkills: ['ux-research'],
    educationLevel: 'bachelor',
    pay: { KRW: [35_000_000, 48_000_000], JPY: [4_000_000, 6_000_000] },
    language: { KR: { test: 'TOPIK', level: 3 }, JP: { test: 'JLPT', level: 'N2' } },
  },
  {
    occupation: 'travel-product-planner',
    industries: ['travel'],
    employmentType: 'full-time',
    titles: {
      KR: { ko: '일본 여행상품 기획자', en: 'Travel Product Planner (Japan)' },
      JP: { ja: '韓国旅行商品の企画担当', en: 'Travel Product Planner (Korea)' },
    },
    descriptions: {
      KR: { ko: '일본 현지 파트너와 협의하여 패키지 여행상품을 기획하고 판매 전략을 수립합니다.' },
      JP: { ja: '韓国の現地パートナーと連携し、個人旅行・団体旅行の商品を企画します。' },
    },
    requiredSkills: ['product-planning'],
    preferredSkills: ['negotiation', 'excel'],
    educationLevel: 'bachelor',
    pay: { KRW: [30_000_000, 38_000_000], JPY: [3_500_000, 4_500_000] },
    language: { KR: { test: 'TOPIK', level: 4 }, JP: { test: 'JLPT', level: 'N2' } },
  },
];
