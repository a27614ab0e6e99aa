import { DomainError } from '@hashidari/domain-core';

/** Opaque keyset cursors: the sort key of the last item, base64url-encoded JSON. */
export function encodeCursor(key: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** What a cursor field holds: checked before the value reaches SQL, where a cast would fail with a 500. */
export type CursorField = 'timestamp' | 'uuid';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

function holds(kind: CursorField, value: unknown): boolean {
  if (typeof value !== 'string') return false;
  return kind === 'uuid' ? UUID.test(value) : TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
}

export function decodeCursor<K extends Record<string, string>>(cursor: string, fields: Record<keyof K, CursorField>): K {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as K;
    if (value && typeof value === 'object' && Object.entries(fields).every(([name, kind]) => holds(kind as CursorField, value[name]))) return value;
  } catch {
    // fall through to the validation error
  }
  throw new DomainError('VALIDATION_FAILED', 'The cursor is not valid', [{ path: 'cursor', issue: 'not a cursor this API issued' }]);
}

/**
 * One page out of `limit + 1` rows read in order: the first `limit` rows, and a cursor holding the
 * sort key of the last of them when the extra row shows that more follow.
 */
export function pageOf<T>(rows: T[], limit: number, sortKeyOf: (last: T) => Record<string, string | number>): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(sortKeyOf(last)) : null };
}
