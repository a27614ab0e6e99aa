/** A parsed MHLW 2022 code (厚生労働省編職業分類): 大分類 (when written), 中分類, 小分類 (when written). */
export interface MhlwCode {
  major?: string;
  middle: string;
  minor: string | null;
}

const DASHES = /[\u2010-\u2015\u2212\u30FC\uFE58\uFE63\uFF0D]/gu;
const MINOR = /^(\d{3})-(\d{2})$/;
const MIDDLE = /^(\d{3})$/;
const FULL = /^(\d{2})\/(\d{3})(?:\/(?:(\d{3}-\d{2})|-))?$/;

function inRange(middle: string): boolean {
  const n = Number(middle);
  return n >= 1 && n <= 99;
}

/**
 * Reads a Japanese occupation code as postings and the reference write it: a 小分類 `009-03`, a
 * 中分類 `009`, or the full path `02 / 009 / 009-03` (`—` for an unknown 小分類). Full-width digits,
 * spaces and dash variants are accepted. 大分類 codes alone (`02`) are too broad and are refused.
 */
export function parseMhlwCode(text: string): MhlwCode | undefined {
  if (typeof text !== 'string') return undefined;
  const code = text.normalize('NFKC').replace(DASHES, '-').replace(/\s+/gu, '');
  let match = MINOR.exec(code);
  if (match) {
    const [, middle = '', sub = ''] = match;
    return inRange(middle) && sub !== '00' ? { middle, minor: `${middle}-${sub}` } : undefined;
  }
  match = MIDDLE.exec(code);
  if (match) {
    const [, middle = ''] = match;
    return inRange(middle) ? { middle, minor: null } : undefined;
  }
  match = FULL.exec(code);
  if (match) {
    const [, major = '', middle = '', minor] = match;
    if (!inRange(middle) || (minor !== undefined && !minor.startsWith(`${middle}-`))) return undefined;
    return { major, middle, minor: minor ?? null };
  }
  return undefined;
}

/** The most specific form of a parsed code: the 小分類 if written, else the 中分類. */
export function mhlwCodeKey(code: MhlwCode): string {
  return code.minor ?? code.middle;
}
