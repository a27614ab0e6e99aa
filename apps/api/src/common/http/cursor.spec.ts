import { DomainError } from '@hashidari/domain-core';
import { decodeCursor, encodeCursor, pageOf } from './cursor';

const FIELDS = { at: 'timestamp', id: 'uuid' } as const;
const ID = '0b7f2c1e-5d4a-4b8e-9c3f-2a1b0c9d8e7f';

describe('keyset cursors', () => {
  it('decodes what it encoded', () => {
    const key = { at: '2026-11-28T05:27:25.123Z', id: ID };
    expect(decodeCursor(encodeCursor(key), FIELDS)).toEqual(key);
  });

  it.each([
    ['a field missing', encodeCursor({ at: '2026-11-28T05:27:25.123Z' })],
    ['a number for a timestamp', encodeCursor({ at: 1_795_844_490_473, id: ID })],
    ['a date that is not a timestamp', encodeCursor({ at: '2026-11-28', id: ID })],
    ['an impossible timestamp', encodeCursor({ at: '2026-13-45T99:00:00.000Z', id: ID })],
    ['SQL in the id', encodeCursor({ at: '2026-11-28T05:27:25.123Z', id: "x'; DROP TABLE users; --" })],
    ['not base64 JSON', 'not-a-cursor'],
    ['JSON that is not an object', Buffer.from('null').toString('base64url')],
  ])('refuses %s with a field error on cursor', (_, cursor) => {
    let thrown: unknown;
    try {
      decodeCursor(cursor, FIELDS);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'cursor', issue: expect.any(String) }] });
  });

  it.each([
    [[1, 2, 3], 2, [1, 2], 2],
    [[1, 2], 2, [1, 2], null],
    [[], 2, [], null],
  ])('pages %j by %i: %j, next after %s', (rows, limit, items, nextAfter) => {
    const page = pageOf(rows, limit, (last) => ({ last: String(last) }));
    expect(page.items).toEqual(items);
    expect(page.nextCursor).toBe(nextAfter === null ? null : encodeCursor({ last: String(nextAfter) }));
  });
});
