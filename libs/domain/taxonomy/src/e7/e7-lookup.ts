import type { E7Code, E7Tier } from './e7-code';
import { E7_CODES } from './e7-codes';

const E7_BY_CODE: ReadonlyMap<string, E7Code> = new Map(
  E7_CODES.flatMap((entry) => [entry.code, ...entry.altCodes].map((code) => [code, entry] as const)),
);

/** Writes a Korean occupation code the way E7_CODES does: NFKC (full-width digits), trimmed, upper case (`s2855` → `S2855`). */
export function normalizeKrCode(code: string): string {
  return typeof code === 'string' ? code.normalize('NFKC').trim().toUpperCase() : '';
}

/** The E-7 entry for a code or for one of its alternative numbers (`1212` → the `1202` entry). */
export function findE7Code(code: string): E7Code | undefined {
  return E7_BY_CODE.get(normalizeKrCode(code));
}

/**
 * True for an E-7-1 or E-7-2 code of Appendix A, including the alternative numbers other lists use
 * (1212 / 121, 271, 4321, 4329). E-7-3 / E-7-4 codes and the disputed "2353" / "2396" are not accepted.
 */
export function isE7Code(code: string): boolean {
  return E7_BY_CODE.has(normalizeKrCode(code));
}

/** The sub-type of an E-7 code, or undefined when it is not one. */
export function e7Tier(code: string): E7Tier | undefined {
  return findE7Code(code)?.tier;
}

/** The number E7_CODES and the occupations use for a code (`121` → `1202`), or undefined. */
export function canonicalE7Code(code: string): string | undefined {
  return findE7Code(code)?.code;
}
