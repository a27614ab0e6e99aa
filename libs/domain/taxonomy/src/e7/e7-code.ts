import type { TrilingualText } from '@hashidari/domain-core';

/** The E-7 sub-types this library covers (E-7-3 and E-7-4 are out of scope, as in the reference). */
export const E7_TIERS = ['E-7-1', 'E-7-2'] as const;
export type E7Tier = (typeof E7_TIERS)[number];

export type E7Category = 'manager' | 'professional' | 'semi-professional';

/** Confidence as the reference gives it: H (≥2 sources or official-derived), M, L (judgement), U (UNVERIFIED). */
export type Confidence = 'H' | 'M' | 'L' | 'U';

/** One designated E-7 occupation (reference/occupations.md Appendix A). */
export interface E7Code {
  /** MOJ E-7 numbering, an opaque string (`2742`, `285`, `S2855`, `43213`); not a KSCO lookup */
  readonly code: string;
  /** Numbers other public lists use for the same occupation (`1212` / `121` for `1202`) */
  readonly altCodes: readonly string[];
  /**
   * ko: 직종명 as the code lists write it; en: the reference's working translation;
   * ja: an editorial translation (UNVERIFIED, needs a native review; see README)
   */
  readonly label: TrilingualText;
  readonly tier: E7Tier;
  readonly category: E7Category;
  /** The reference's suggested ISCO-08 unit groups, first the main one */
  readonly isco08Bridge: readonly string[];
  readonly isco08Confidence: Confidence;
  /** What the reference says about the code itself (conflicting numbers, pilot status) */
  readonly note?: string;
}
