import type { MarketCountry, TrilingualText } from '@hashidari/domain-core';
import type { StatusCode } from './status-code';
import { t } from './text';

/** The targets `POST /visa/eligibility` accepts (PRODUCT.md). */
export const TARGET_CODES = [
  'KR:D-2:part-time',
  'KR:D-2:internship',
  'KR:D-10-1',
  'KR:D-10-1:internship',
  'KR:E-7-1',
  'KR:H-1',
  'JP:ryugaku:part-time',
  'JP:tokutei-katsudo:9',
  'JP:tokutei-katsudo:job-hunting',
  'JP:tokutei-katsudo:46',
  'JP:gijinkoku',
  'JP:working-holiday',
] as const;
export type Target = (typeof TARGET_CODES)[number];

export type TargetKind = 'status' | 'part-time-permission' | 'internship';

export interface TargetInfo {
  code: Target;
  country: MarketCountry;
  /** The status of residence the person holds (or will hold) for this target. */
  status: StatusCode;
  kind: TargetKind;
  /** Official names with the country and code, as the glossary's house rule 1 asks. */
  label: TrilingualText;
}

export const TARGETS: readonly TargetInfo[] = [
  {
    code: 'KR:D-2:part-time',
    country: 'KR',
    status: 'KR:D-2',
    kind: 'part-time-permission',
    label: t(
      'Korea D-2 Student: part-time work permission',
      '韓国：留学（D-2）の時間制就業許可',
      '한국: 유학(D-2) 시간제취업 허가',
    ),
  },
  {
    code: 'KR:D-2:internship',
    country: 'KR',
    status: 'KR:D-2',
    kind: 'internship',
    label: t(
      'Korea D-2 Student: internship',
      '韓国：留学（D-2）中のインターンシップ',
      '한국: 유학(D-2) 중 인턴십',
    ),
  },
  {
    code: 'KR:D-10-1',
    country: 'KR',
    status: 'KR:D-10-1',
    kind: 'status',
    label: t(
      'Korea D-10-1 General job seeking',
      '韓国：一般求職（D-10-1）',
      '한국: 일반구직(D-10-1)',
    ),
  },
  {
    code: 'KR:D-10-1:internship',
    country: 'KR',
    status: 'KR:D-10-1',
    kind: 'internship',
    label: t(
      'Korea D-10-1 General job seeking: internship',
      '韓国：一般求職（D-10-1）中のインターンシップ',
      '한국: 일반구직(D-10-1) 중 인턴십',
    ),
  },
  {
    code: 'KR:E-7-1',
    country: 'KR',
    status: 'KR:E-7-1',
    kind: 'status',
    label: t(
      'Korea E-7-1 Professionals (Specially Designated Activities)',
      '韓国：特定活動（E-7）専門人材（E-7-1）',
      '한국: 특정활동(E-7) 전문인력(E-7-1)',
    ),
  },
  {
    code: 'KR:H-1',
    country: 'KR',
    status: 'KR:H-1',
    kind: 'status',
    label: t('Korea H-1 Working Holiday', '韓国：ワーキングホリデー（H-1）', '한국: 관광취업(H-1)'),
  },
  {
    code: 'JP:ryugaku:part-time',
    country: 'JP',
    status: 'JP:ryugaku',
    kind: 'part-time-permission',
    label: t(
      'Japan Student: permission to engage in activity other than that permitted (part-time work)',
      '日本：留学の資格外活動許可（アルバイト）',
      '일본: 유학 자격외활동허가(아르바이트)',
    ),
  },
  {
    code: 'JP:tokutei-katsudo:9',
    country: 'JP',
    status: 'JP:tokutei-katsudo:9',
    kind: 'internship',
    label: t(
      'Japan Designated Activities No. 9 (internship for foreign-university students)',
      '日本：特定活動9号（インターンシップ）',
      '일본: 특정활동 9호(인턴십)',
    ),
  },
  {
    code: 'JP:tokutei-katsudo:job-hunting',
    country: 'JP',
    status: 'JP:tokutei-katsudo',
    kind: 'status',
    label: t(
      'Japan Designated Activities (continued job hunting after graduation)',
      '日本：特定活動（継続就職活動）',
      '일본: 특정활동(계속 취직활동)',
    ),
  },
  {
    code: 'JP:tokutei-katsudo:46',
    country: 'JP',
    status: 'JP:tokutei-katsudo:46',
    kind: 'status',
    label: t(
      'Japan Designated Activities No. 46 (graduates of Japanese universities)',
      '日本：特定活動46号（本邦大学卒業者）',
      '일본: 특정활동 46호(일본 대학 졸업자)',
    ),
  },
  {
    code: 'JP:gijinkoku',
    country: 'JP',
    status: 'JP:gijinkoku',
    kind: 'status',
    label: t(
      'Japan Engineer/Specialist in Humanities/International Services',
      '日本：技術・人文知識・国際業務',
      '일본: 기술·인문지식·국제업무',
    ),
  },
  {
    code: 'JP:working-holiday',
    country: 'JP',
    status: 'JP:working-holiday',
    kind: 'status',
    label: t(
      'Japan Designated Activities (Working Holiday)',
      '日本：特定活動（ワーキング・ホリデー）',
      '일본: 워킹홀리데이(특정활동)',
    ),
  },
];

const TARGET_INDEX: ReadonlyMap<string, TargetInfo> = new Map(TARGETS.map((info) => [info.code, info]));

export function isTarget(value: unknown): value is Target {
  return typeof value === 'string' && TARGET_INDEX.has(value);
}

export function targetInfo(target: Target): TargetInfo {
  const info = TARGET_INDEX.get(target);
  if (!info) throw new Error(`unknown target ${target}`);
  return info;
}
