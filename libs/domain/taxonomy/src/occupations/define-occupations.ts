import type { TrilingualText } from '@hashidari/domain-core';
import type { Confidence, E7Tier } from '../e7/e7-code';
import type {
  GijinkokuBranch,
  GijinkokuFit,
  JpStatusAlternative,
  KrE7Status,
  MhlwPlacement,
  Occupation,
  OccupationField,
  OccupationGroup,
  Work24Code,
} from './occupation';

/** A placement written `大/中` or `大/中/小` (`'02/009/009-03'`), optionally tentative or qualified. */
export type PlacementInput = string | { code: string; tentative?: boolean; note?: string };

/** One row as the data files write it; the builder derives the rest. */
export interface OccupationRow {
  id: string;
  label: TrilingualText;
  krE7Status: KrE7Status;
  krE7Codes: string[];
  krE7AltCodes?: string[];
  krE7RelatedCodes?: string[];
  krVisa: E7Tier | null;
  krWork24: Work24Code[];
  jpMhlw: PlacementInput[];
  jpGijinkoku: GijinkokuFit;
  jpStatusBranches: GijinkokuBranch[];
  jpStatusAlternatives?: JpStatusAlternative[];
  isco08: string[];
  isco08Related?: string[];
  /** The conf column as written: `KR/JP/ISCO`, e.g. `'M/U/H'` */
  confidence: string;
  /** Fields with a U inside the cell although the conf column has none for them */
  alsoUnverified?: OccupationField[];
  /** Source keys as written: `'S1 S2 J1'` */
  sources: string;
  notes: Occupation['notes'];
}

const PLACEMENT = /^(\d{2})\/(\d{3})(?:\/(\d{3}-\d{2}))?$/;
const CONFIDENCE = /^([HMLU])\/([HMLU])\/([HMLU])$/;

function placement(input: PlacementInput, id: string): MhlwPlacement {
  const { code, tentative = false, note } = typeof input === 'string' ? { code: input } : input;
  const match = PLACEMENT.exec(code);
  if (!match) throw new Error(`occupation ${id}: bad MHLW placement ${code}`);
  const [, major = '', middle = '', minor] = match;
  if (minor !== undefined && !minor.startsWith(`${middle}-`)) throw new Error(`occupation ${id}: ${minor} is not in ${middle}`);
  return Object.freeze({ major, middle, minor: minor ?? null, tentative, ...(note === undefined ? {} : { note }) });
}

function isConfidence(value: string | undefined): value is Confidence {
  return value === 'H' || value === 'M' || value === 'L' || value === 'U';
}

function confidence(text: string, id: string): Occupation['confidence'] {
  const [, kr, jp, isco] = CONFIDENCE.exec(text) ?? [];
  if (!isConfidence(kr) || !isConfidence(jp) || !isConfidence(isco)) throw new Error(`occupation ${id}: bad confidence ${text}`);
  return Object.freeze({ kr, jp, isco });
}

function build(group: OccupationGroup, row: OccupationRow): Occupation {
  const conf = confidence(row.confidence, row.id);
  const jpMhlw = row.jpMhlw.map((p) => placement(p, row.id));
  const fromConfidence: OccupationField[] = [];
  if (conf.kr === 'U') fromConfidence.push('krE7');
  if (conf.jp === 'U') fromConfidence.push('jpMhlw');
  if (conf.isco === 'U') fromConfidence.push('isco08');
  const order: OccupationField[] = ['krE7', 'jpMhlw', 'jpStatus', 'isco08'];
  const flagged = new Set([...fromConfidence, ...(row.alsoUnverified ?? [])]);
  const unverifiedFields = order.filter((f) => flagged.has(f));
  return Object.freeze({
    id: row.id,
    group,
    label: Object.freeze({ ...row.label }),
    krE7Status: row.krE7Status,
    krE7Codes: Object.freeze([...row.krE7Codes]),
    krE7AltCodes: Object.freeze([...(row.krE7AltCodes ?? [])]),
    krE7RelatedCodes: Object.freeze([...(row.krE7RelatedCodes ?? [])]),
    krVisa: row.krVisa,
    krWork24: Object.freeze(row.krWork24.map((w) => Object.freeze({ ...w }))),
    jpMhlw: Object.freeze(jpMhlw),
    jpMhlwCodes: Object.freeze([...new Set(jpMhlw.map((p) => p.minor ?? p.middle))]),
    jpGijinkoku: row.jpGijinkoku,
    jpStatusBranches: Object.freeze([...row.jpStatusBranches]),
    jpStatusAlternatives: Object.freeze([...(row.jpStatusAlternatives ?? [])]),
    isco08: Object.freeze([...row.isco08]),
    isco08Related: Object.freeze([...(row.isco08Related ?? [])]),
    confidence: conf,
    unverified: unverifiedFields.length > 0,
    unverifiedFields: Object.freeze(unverifiedFields),
    notes: Object.freeze({ ...row.notes }),
    sources: Object.freeze(row.sources.split(/\s+/).filter((s) => s !== '')),
  });
}

/** Turns the rows of one data file (one table of §2) into occupations of its group. */
export function defineOccupations(group: OccupationGroup, rows: readonly OccupationRow[]): readonly Occupation[] {
  return rows.map((row) => build(group, row));
}
