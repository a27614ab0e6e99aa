/** Three-valued answer used while reading facts: a missing fact gives `unknown`, never a guess. */
export type Tri = 'yes' | 'no' | 'unknown';

export function anyTri(values: readonly Tri[]): Tri {
  if (values.includes('yes')) return 'yes';
  return values.includes('unknown') ? 'unknown' : 'no';
}

export function allTri(values: readonly Tri[]): Tri {
  if (values.includes('no')) return 'no';
  return values.includes('unknown') ? 'unknown' : 'yes';
}

export function triOf(value: boolean | undefined | null): Tri {
  if (value === true) return 'yes';
  if (value === false) return 'no';
  return 'unknown';
}

/** A tri-state answer with the paths of the facts that were missing. */
export interface TriFact {
  value: Tri;
  missing: string[];
}
