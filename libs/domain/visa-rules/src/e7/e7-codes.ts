/**
 * E-7 designated occupation codes (MOJ numbering, stored as opaque strings, not KSCO lookups).
 * E-7-1 and E-7-2 lists: reference/occupations.md Appendix A (checked against two public code lists),
 * consistent with reference/visa-rules.md §A4.2. E-7-3 and E-7-4 are out of scope.
 */
export type E7SubType = 'E-7-1' | 'E-7-2';
export type E7Group = 'manager' | 'professional' | 'semi-professional';

export interface E7Code {
  code: string;
  subType: E7SubType;
  group: E7Group;
  /** 직종명 as the MOJ list writes it */
  nameKo: string;
  /** Working English translation from the reference */
  nameEn: string;
}

function codes(subType: E7SubType, group: E7Group, rows: readonly (readonly [string, string, string])[]): E7Code[] {
  return rows.map(([code, nameKo, nameEn]) => ({ code, subType, group, nameKo, nameEn }));
}

export const E7_CODES: readonly E7Code[] = [
  ...codes('E-7-1', 'manager', [
    ['S110', '경제이익단체 고위임원', 'Senior official of an economic-interest organization'],
    ['1120', '기업 고위임원', 'Corporate senior executive'],
    ['1202', '경영지원 관리자', 'Management-support manager'],
    ['1312', '교육 관리자', 'Education manager'],
    ['1320', '보험 및 금융관리자', 'Insurance and finance manager'],
    ['1340', '문화·예술·디자인 및 영상관련 관리자', 'Culture, arts, design and media manager'],
    ['1350', '정보통신관련 관리자', 'ICT manager'],
    ['1390', '기타 전문서비스 관리자', 'Other professional-services manager'],
    ['1411', '건설 및 광업 관련 관리자', 'Construction and mining manager'],
    ['1413', '제품 생산관련 관리자', 'Manufacturing / production manager'],
    ['1490', '농림·어업관련 관리자', 'Agriculture, forestry and fishery manager'],
    ['1511', '영업 및 판매 관련 관리자', 'Sales manager'],
    ['1512', '운송관련 관리자', 'Transport manager'],
    ['1521', '숙박·여행·오락 및 스포츠 관련 관리자', 'Accommodation, travel, leisure and sports manager'],
    ['1522', '음식서비스관련 관리자', 'Food-service manager'],
  ]),
  ...codes('E-7-1', 'professional', [
    ['2111', '생명과학 전문가', 'Life-science professional'],
    ['2112', '자연과학 전문가', 'Natural-science professional'],
    ['2122', '사회과학 연구원', 'Social-science researcher'],
    ['2211', '컴퓨터 하드웨어 기술자', 'Computer hardware engineer'],
    ['2212', '통신공학 기술자', 'Telecommunications engineer'],
    ['2221', '컴퓨터시스템 설계 및 분석가', 'Computer systems designer and analyst'],
    ['2222', '시스템 소프트웨어 개발자', 'System software developer'],
    ['2223', '응용 소프트웨어 개발자', 'Application software developer'],
    ['2224', '웹 개발자', 'Web developer'],
    ['2231', '데이터 전문가', 'Data specialist'],
    ['2232', '네트워크시스템 개발자', 'Network systems developer'],
    ['2233', '정보 보안 전문가', 'Information-security specialist'],
    ['2311', '건축가', 'Architect'],
    ['2312', '건축공학 기술자', 'Architectural (building) engineer'],
    ['2313', '토목공학 전문가', 'Civil engineer'],
    ['2314', '조경 기술자', 'Landscape architect'],
    ['2315', '도시 및 교통관련 전문가', 'Urban and transport planner'],
    ['2321', '화학공학 기술자', 'Chemical engineer'],
    ['2331', '금속·재료 공학 기술자', 'Metals and materials engineer'],
    ['2341', '전기공학 기술자', 'Electrical engineer'],
    ['2342', '전자공학 기술자', 'Electronics engineer'],
    ['2351', '기계공학 기술자', 'Mechanical engineer'],
    ['23512', '플랜트공학 기술자', 'Plant engineer'],
    ['2352', '로봇공학 전문가', 'Robotics engineer'],
    ['S2353', '자동차·조선·비행기·철도차량공학 전문가', 'Automotive / marine / aero / rail-vehicle engineer'],
    ['2364', '산업안전 및 위험 전문가', 'Industrial safety and risk specialist'],
    ['2371', '환경공학 기술자', 'Environmental engineer'],
    ['2372', '가스·에너지 기술자', 'Gas and energy engineer'],
    ['2392', '섬유공학 기술자', 'Textile engineer'],
    ['2395', '제도사', 'Draughtsperson'],
    ['2430', '간호사', 'Nurse'],
    ['2512', '대학 강사', 'University lecturer'],
    ['2543', '해외기술전문학교 기술강사', 'Technical instructor (overseas technical school)'],
    ['2591', '교육관련 전문가', 'Education specialist'],
    ['2599', '외국인학교·외국교육기관·국제학교·영재학교 등의 교사', 'Teacher at foreign / international / gifted schools'],
    ['261', '법률 전문가', 'Legal professional'],
    ['2620', '정부 및 공공 행정 전문가', 'Government / public administration professional'],
    ['S2620', '특수기관 행정요원', 'Administrative staff of special institutions'],
    ['2715', '경영 및 진단 전문가', 'Management consultant'],
    ['272', '금융 및 보험 전문가', 'Finance and insurance professional'],
    ['2731', '상품기획 전문가', 'Product planner / merchandiser'],
    ['2732', '여행상품 개발자', 'Travel product developer'],
    ['2733', '광고 및 홍보 전문가', 'Advertising and PR specialist'],
    ['2734', '조사 전문가', 'Research (survey / market) specialist'],
    ['2735', '행사 기획자', 'Event planner'],
    ['2742', '해외 영업원', 'Overseas sales representative'],
    ['2743', '기술 영업원', 'Technical sales representative'],
    ['S2743', '기술경영 전문가', 'Technology-management specialist'],
    ['2814', '번역가·통역가', 'Translator / interpreter'],
    ['28331', '아나운서', 'Announcer'],
    ['285', '디자이너', 'Designer (all kinds)'],
    ['S2855', '영상관련 디자이너', 'Video / media designer'],
  ]),
  ...codes('E-7-2', 'semi-professional', [
    ['31215', '면세점 또는 제주영어교육도시 내 판매 사무원', 'Duty-free / Jeju Global Education City sales clerk'],
    ['31264', '항공운송 사무원', 'Air-transport clerk'],
    ['3922', '호텔 접수 사무원', 'Hotel receptionist'],
    ['S3922', '의료 코디네이터', 'Medical coordinator'],
    ['3991', '고객상담 사무원', 'Customer-counselling clerk'],
    ['431', '운송 서비스 종사자 (선박·비행기 승무원)', 'Ship / aircraft cabin crew'],
    ['43213', '관광 통역 안내원', 'Tourist interpreter-guide'],
    ['43291', '카지노 딜러', 'Casino dealer'],
    ['441', '주방장 및 조리사', 'Chef / cook'],
    ['42111', '요양보호사', 'Care worker'],
  ]),
];

/**
 * Codes written differently by different public lists or KSCO revisions (occupations.md §8 item 3,
 * visa-rules.md §A4.2): they map to a listed code, but which spelling the MOJ uses is UNVERIFIED.
 */
export const E7_ALTERNATE_CODES: Readonly<Record<string, string>> = {
  '1212': '1202',
  '121': '1202',
  '271': '2715',
  '2353': 'S2353',
  '2396': '2395',
  '4321': '43213',
  '4329': '43291',
};

/** Codes where the 20 % foreign-staff ratio test is confirmed (KR-E7-EMP-04). */
export const E7_RATIO_CODES_CONFIRMED: readonly string[] = ['2742', '2814'];
/** Codes sources point to for the ratio test; the exact list is UNVERIFIED (KR-E7-EMP-04). */
export const E7_RATIO_CODES_REPORTED: readonly string[] = ['285', '2351', '2353', 'S2353', '2396', '2224', '1413'];
/** Codes that require the employment-insurance insured list (KR-E7-DOC). */
export const E7_ROSTER_CODES: readonly string[] = ['2742', '2814', '285', '2224', '2353', 'S2353', '2396', '1413'];
/** Codes whose workplace change needs prior permission; other codes report within 15 days (KR-E7-EMP-06). */
export const E7_PRIOR_PERMISSION_CODES: readonly string[] = ['2742', '285', '2351', '2395', '31215', '441', '3991', '3922', 'S3922'];

const INDEX: ReadonlyMap<string, E7Code> = new Map(E7_CODES.map((c) => [c.code, c]));

export function normalizeOccupationCode(code: string): string {
  return code.trim().toUpperCase();
}

export type E7CodeLookup =
  | { kind: 'listed'; entry: E7Code }
  | { kind: 'alternate'; entry: E7Code; written: string }
  | { kind: 'not-listed' };

/** Finds an occupation code in the E-7-1 / E-7-2 list (alternate spellings are reported as such). */
export function lookupE7Code(code: string): E7CodeLookup {
  const c = normalizeOccupationCode(code);
  const entry = INDEX.get(c);
  if (entry) return { kind: 'listed', entry };
  const target = E7_ALTERNATE_CODES[c];
  if (target !== undefined) {
    const alt = INDEX.get(target);
    if (alt) return { kind: 'alternate', entry: alt, written: c };
  }
  return { kind: 'not-listed' };
}

export function isE71Code(code: string): boolean {
  const found = lookupE7Code(code);
  return found.kind === 'listed' && found.entry.subType === 'E-7-1';
}

export function ratioTestApplies(code: string): 'confirmed' | 'reported' | 'no' {
  const c = normalizeOccupationCode(code);
  if (E7_RATIO_CODES_CONFIRMED.includes(c)) return 'confirmed';
  return E7_RATIO_CODES_REPORTED.includes(c) ? 'reported' : 'no';
}
