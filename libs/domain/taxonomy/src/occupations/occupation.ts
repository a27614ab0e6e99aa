import type { TrilingualText } from '@hashidari/domain-core';
import type { Confidence, E7Tier } from '../e7/e7-code';

/** The nine groups of the crosswalk tables (reference/occupations.md §2.A–2.I). */
export const OCCUPATION_GROUPS = [
  'management',
  'it',
  'design-media',
  'language',
  'sales-trade',
  'marketing-planning',
  'business-office',
  'engineering',
  'hospitality',
] as const;
export type OccupationGroup = (typeof OCCUPATION_GROUPS)[number];

/** Group headings: en from the reference (§2.A–2.I); ja and ko are editorial translations (need review). */
export const OCCUPATION_GROUP_LABELS: Readonly<Record<OccupationGroup, TrilingualText>> = {
  management: { en: 'Management', ja: '管理職', ko: '관리직' },
  it: { en: 'IT and software', ja: 'IT・ソフトウェア', ko: 'IT·소프트웨어' },
  'design-media': { en: 'Design and media', ja: 'デザイン・メディア', ko: '디자인·미디어' },
  language: { en: 'Language', ja: '語学（通訳・翻訳など）', ko: '어학(통번역 등)' },
  'sales-trade': { en: 'Sales and trade', ja: '営業・貿易', ko: '영업·무역' },
  'marketing-planning': { en: 'Marketing and planning', ja: 'マーケティング・企画', ko: '마케팅·기획' },
  'business-office': { en: 'Business, finance and office', ja: 'ビジネス・財務・事務', ko: '경영·재무·사무' },
  engineering: { en: 'Engineering', ja: 'エンジニアリング', ko: '엔지니어링' },
  hospitality: { en: 'Hospitality and customer service', ja: '接客・カスタマーサービス', ko: '서비스·고객응대' },
};

/**
 * Whether Korea has an E-7 code for the work: `e7` (the reference gives one), `not-e7` (it says there
 * is none), `unverified` (the reference marks the code U; krE7Codes then holds its candidates, if any).
 */
export type KrE7Status = 'e7' | 'not-e7' | 'unverified';

/** A place in the MHLW 2022 classification (厚生労働省編職業分類): 大分類 / 中分類 / 小分類. */
export interface MhlwPlacement {
  /** 大分類, 2 digits (`02`) */
  readonly major: string;
  /** 中分類, 3 digits (`009`); Hello Work searches at this level */
  readonly middle: string;
  /** 小分類 (`009-03`), or null where the reference writes `—` (not seen in any source: UNVERIFIED) */
  readonly minor: string | null;
  /** True where the reference marks the placement U, "likely" or "?" */
  readonly tentative: boolean;
  /** The reference's qualifier for this placement (e.g. `PM`, `貿易事務`), if any */
  readonly note?: string;
}

/** Branches of 技術・人文知識・国際業務 (技人国): 技術, 人文知識, 国際業務. */
export type GijinkokuBranch = 'gijutsu' | 'jinbun-chishiki' | 'kokusai-gyomu';

/**
 * Whether the work normally qualifies for 技人国: `yes` (the reference names a branch), `depends` (only
 * when the duties meet a condition the reference states), `no` (it says not), `unverified` (marked U).
 */
export type GijinkokuFit = 'yes' | 'depends' | 'no' | 'unverified';

/**
 * Other Japanese statuses the reference names for the work: 特定活動46号, 経営・管理, 教育, 会計業務
 * (in the `JP:<name>` form of the HTTP contract).
 */
export type JpStatusAlternative = 'JP:tokutei-katsudo:46' | 'JP:keiei-kanri' | 'JP:kyoiku' | 'JP:kaikei-gyomu';

/** A Korean job-board occupation code (고용24 / Work24 `jobsCd`, 6 digits) from Appendix B. */
export interface Work24Code {
  readonly code: string;
  readonly name: string;
}

/** The parts of a row that the reference can mark UNVERIFIED. */
export type OccupationField = 'krE7' | 'jpMhlw' | 'jpStatus' | 'isco08';

/** One row of the crosswalk tables of reference/occupations.md §2. */
export interface Occupation {
  /** Stable kebab-case key from the reference. Never rename; add new rows with new ids. */
  readonly id: string;
  readonly group: OccupationGroup;
  /** en / ja / ko exactly as the reference's columns write them */
  readonly label: TrilingualText;

  readonly krE7Status: KrE7Status;
  /** The E-7 code(s) for the work (candidates when krE7Status is `unverified`); canonical numbers of E7_CODES */
  readonly krE7Codes: readonly string[];
  /** Numbers other code lists use for the same E-7 occupation (`1212`, `121`, `271`, `4321`) */
  readonly krE7AltCodes: readonly string[];
  /** Neighbouring E-7 codes the reference names (e.g. 2312 architectural engineer beside 2311 architect) */
  readonly krE7RelatedCodes: readonly string[];
  /** The E-7 sub-type of krE7Codes, or null when there is no code */
  readonly krVisa: E7Tier | null;
  /** Work24 job-board codes (Appendix B; secondary source, confidence M) */
  readonly krWork24: readonly Work24Code[];

  readonly jpMhlw: readonly MhlwPlacement[];
  /** The most specific code of each placement (小分類 where known, else 中分類), e.g. `['009-03']`, `['048', '040']` */
  readonly jpMhlwCodes: readonly string[];
  readonly jpGijinkoku: GijinkokuFit;
  /** 技人国 branches in the reference's order */
  readonly jpStatusBranches: readonly GijinkokuBranch[];
  readonly jpStatusAlternatives: readonly JpStatusAlternative[];

  /** ISCO-08 unit groups of the row: the main one, then those the reference gives as "alt." */
  readonly isco08: readonly string[];
  /** Unit groups the reference gives for neighbouring jobs (e.g. statisticians → 2120); not used as a bridge */
  readonly isco08Related: readonly string[];

  /** The reference's `conf` column: KR / JP / ISCO */
  readonly confidence: { readonly kr: Confidence; readonly jp: Confidence; readonly isco: Confidence };
  /** True when any field below is UNVERIFIED */
  readonly unverified: boolean;
  /** Fields with a U in the conf column or a U inside the cell */
  readonly unverifiedFields: readonly OccupationField[];
  /** The reference's cells, verbatim except for markdown emphasis */
  readonly notes: { readonly krE7: string; readonly jpMhlw: string; readonly jpStatus: string; readonly isco08: string };
  /** Source keys of the reference's §7 (`S1`, `J3`, `I2` …) */
  readonly sources: readonly string[];
}
