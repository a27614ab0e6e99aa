import { normalizeKrCode, E7_CODES as TAXONOMY_E7_CODES } from '@hashidari/taxonomy';

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

/** The list itself lives in the taxonomy (reference/occupations.md Appendix A); this is the view the rules read. */
export const E7_CODES: readonly E7Code[] = TAXONOMY_E7_CODES.map((entry) => ({
  code: entry.code,
  subType: entry.tier,
  group: entry.category,
  nameKo: entry.label.ko ?? entry.code,
  nameEn: entry.label.en ?? entry.code,
}));

/**
 * Codes written differently by different public lists or KSCO revisions (occupations.md §8 item 3,
 * visa-rules.md §A4.2): they map to a listed code, but which spelling the MOJ uses is UNVERIFIED, so a
 * posting written with one gets needs_review. The taxonomy's alternative numbers, plus two that
 * visa-rules.md itself writes ("2351/2353" for mechanical engineers, "2396 CAD") and the taxonomy does not
 * accept as codes.
 */
export const E7_ALTERNATE_CODES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(TAXONOMY_E7_CODES.flatMap((entry) => entry.altCodes.map((alt) => [alt, entry.code]))),
  '2353': 'S2353',
  '2396': '2395',
};

/** Codes where the 20 % foreign-staff ratio test is confirmed (KR-E7-EMP-04). */
export const E7_RATIO_CODES_CONFIRMED: readonly string[] = ['2742', '2814'];
/** Codes sources point to for the ratio test; the exact list is UNVERIFIED (KR-E7-EMP-04). */
export const E7_RATIO_CODES_REPORTED: readonly string[] = ['285', '2351', '2353', 'S2353', '2396', '2224', '1413'];
/** Codes that require the employment-insurance insured list (KR-E7-DOC). */
export const E7_ROSTER_CODES: readonly string[] = ['2742', '2814', '285', '2224', '2353', 'S2353', '2396', '1413'];

const INDEX: ReadonlyMap<string, E7Code> = new Map(E7_CODES.map((c) => [c.code, c]));

/** Codes are compared as the taxonomy writes them (full-width digits folded, trimmed, upper case). */
export const normalizeOccupationCode = normalizeKrCode;

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

export function ratioTestApplies(code: string): 'confirmed' | 'reported' | 'no' {
  const c = normalizeOccupationCode(code);
  if (E7_RATIO_CODES_CONFIRMED.includes(c)) return 'confirmed';
  return E7_RATIO_CODES_REPORTED.includes(c) ? 'reported' : 'no';
}
