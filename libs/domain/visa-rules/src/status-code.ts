/**
 * Status-of-residence codes as the HTTP contract writes them: `KR:<code>` (`KR:D-2-2`, `KR:D-10-1`,
 * `KR:E-7-1`, `KR:H-1`) and `JP:<name>` (`JP:ryugaku`, `JP:tokutei-katsudo`, `JP:tokutei-katsudo:46`,
 * `JP:gijinkoku`, `JP:working-holiday`).
 */
export type StatusCode = `KR:${string}` | `JP:${string}`;

/** Statuses the engine knows by name (others are accepted and compared by prefix). */
export const KNOWN_STATUS_CODES = [
  'KR:D-2',
  'KR:D-2-1',
  'KR:D-2-2',
  'KR:D-2-3',
  'KR:D-2-4',
  'KR:D-2-5',
  'KR:D-2-6',
  'KR:D-2-7',
  'KR:D-2-8',
  'KR:D-4',
  'KR:D-4-1',
  'KR:D-4-2',
  'KR:D-10',
  'KR:D-10-1',
  'KR:D-10-2',
  'KR:D-10-3',
  'KR:E-7',
  'KR:E-7-1',
  'KR:E-7-2',
  'KR:E-7-3',
  'KR:E-7-4',
  'KR:H-1',
  'JP:ryugaku',
  'JP:tokutei-katsudo',
  'JP:tokutei-katsudo:9',
  'JP:tokutei-katsudo:46',
  'JP:gijinkoku',
  'JP:working-holiday',
] as const satisfies readonly StatusCode[];

export function isStatusCode(value: unknown): value is StatusCode {
  return typeof value === 'string' && /^(KR|JP):[A-Za-z0-9-]+(:[A-Za-z0-9-]+)?$/.test(value);
}

/** True when `status` is `family` or one of its sub-codes (`KR:D-2-2` is in `KR:D-2`; `KR:D-10-1` is not in `KR:D-1`). */
export function isInFamily(status: string | undefined, family: StatusCode): boolean {
  if (status === undefined) return false;
  return status === family || status.startsWith(`${family}-`) || status.startsWith(`${family}:`);
}

/** Korean professional statuses E-1 to E-7 (any sub-code). */
export function isKrProfessionalStatus(status: string): boolean {
  return /^KR:E-[1-7](-|$)/.test(status);
}

/**
 * The family a status belongs to for route finding: `KR:D-2`, `KR:D-4`, `KR:D-10-1`, `KR:D-10-2`,
 * `KR:D-10-3`, `KR:E-7-1`, `KR:E-7` (other E-7), `KR:E` (E-1..E-6), `KR:H-1`, `JP:ryugaku`,
 * `JP:tokutei-katsudo`, `JP:tokutei-katsudo:9`, `JP:tokutei-katsudo:46`, `JP:gijinkoku`,
 * `JP:working-holiday`, `KR:other`, `JP:other`, or `none` when there is no status.
 */
export type StatusFamily =
  | 'none'
  | 'KR:D-2'
  | 'KR:D-4'
  | 'KR:D-10-1'
  | 'KR:D-10-2'
  | 'KR:D-10-3'
  | 'KR:E-7-1'
  | 'KR:E-7'
  | 'KR:E'
  | 'KR:H-1'
  | 'KR:other'
  | 'JP:ryugaku'
  | 'JP:tokutei-katsudo'
  | 'JP:tokutei-katsudo:9'
  | 'JP:tokutei-katsudo:46'
  | 'JP:gijinkoku'
  | 'JP:working-holiday'
  | 'JP:other';

export function statusFamily(status: string | undefined | null): StatusFamily {
  if (status == null || status === '') return 'none';
  if (isInFamily(status, 'KR:D-2')) return 'KR:D-2';
  if (isInFamily(status, 'KR:D-4')) return 'KR:D-4';
  if (isInFamily(status, 'KR:D-10-1')) return 'KR:D-10-1';
  if (isInFamily(status, 'KR:D-10-2')) return 'KR:D-10-2';
  if (isInFamily(status, 'KR:D-10-3')) return 'KR:D-10-3';
  if (isInFamily(status, 'KR:E-7-1')) return 'KR:E-7-1';
  if (isInFamily(status, 'KR:E-7')) return 'KR:E-7';
  if (isKrProfessionalStatus(status)) return 'KR:E';
  if (isInFamily(status, 'KR:H-1')) return 'KR:H-1';
  if (status === 'JP:ryugaku') return 'JP:ryugaku';
  if (status === 'JP:tokutei-katsudo:9') return 'JP:tokutei-katsudo:9';
  if (status === 'JP:tokutei-katsudo:46') return 'JP:tokutei-katsudo:46';
  if (isInFamily(status, 'JP:tokutei-katsudo')) return 'JP:tokutei-katsudo';
  if (status === 'JP:gijinkoku') return 'JP:gijinkoku';
  if (status === 'JP:working-holiday') return 'JP:working-holiday';
  return status.startsWith('KR:') ? 'KR:other' : 'JP:other';
}
