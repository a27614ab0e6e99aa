/**
 * A bounded cache for pure lookups that ranking repeats for hundreds of pairs (occupation groups of a
 * code, field-of-study fit). It forgets everything when full, which keeps memory flat without bookkeeping.
 */
export function memoize<A extends unknown[], R>(fn: (...args: A) => R, keyOf: (...args: A) => string, capacity = 10_000): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args: A): R => {
    const key = keyOf(...args);
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as R;
    if (cache.size >= capacity) cache.clear();
    const value = fn(...args);
    cache.set(key, value);
    return value;
  };
}
