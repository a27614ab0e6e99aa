import type { MhlwPlacement, Occupation } from './occupation';
import { OCCUPATIONS } from './occupations';

/** An occupation reached through one of its MHLW placements. */
export interface PlacedOccupation {
  occupation: Occupation;
  placement: MhlwPlacement;
}

function group<K, V>(pairs: Iterable<readonly [K, V]>): ReadonlyMap<K, readonly V[]> {
  const map = new Map<K, V[]>();
  for (const [key, value] of pairs) {
    const list = map.get(key);
    if (list) {
      if (!list.includes(value)) list.push(value);
    } else map.set(key, [value]);
  }
  return map;
}

function* placements(): Generator<PlacedOccupation> {
  for (const occupation of OCCUPATIONS) for (const placement of occupation.jpMhlw) yield { occupation, placement };
}

/** Lookup maps over OCCUPATIONS, built once at module load. */
export const OCCUPATION_INDEX = {
  byId: new Map(OCCUPATIONS.map((o) => [o.id, o])) as ReadonlyMap<string, Occupation>,
  byKrCode: group(OCCUPATIONS.flatMap((o) => o.krE7Codes.map((c) => [c, o] as const))),
  byKrRelatedCode: group(OCCUPATIONS.flatMap((o) => o.krE7RelatedCodes.map((c) => [c, o] as const))),
  byJpMinor: group([...placements()].filter((p) => p.placement.minor !== null).map((p) => [p.placement.minor ?? '', p] as const)),
  byJpMiddle: group([...placements()].map((p) => [p.placement.middle, p] as const)),
  byIsco08: group(OCCUPATIONS.flatMap((o) => o.isco08.map((c) => [c, o] as const))),
  byWork24: group(OCCUPATIONS.flatMap((o) => o.krWork24.map((w) => [w.code, o] as const))),
} as const;
