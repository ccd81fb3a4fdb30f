/**
 * Binary search over items sorted by a numeric key, for every place that looks up an offset: line
 * starts, passage pieces, block starts, measure ranges, gram positions. `keyAt(i)` is item i's key.
 */

/** The last index in [0, count) whose key is at or before `value`; -1 when there is none. */
export function lastAtOrBefore(count: number, keyAt: (index: number) => number, value: number): number {
  let lo = 0;
  let hi = count - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (keyAt(mid) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The first index in [from, to) whose key is at or after `value`; `to` when there is none. */
export function firstAtOrAfter(from: number, to: number, keyAt: (index: number) => number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyAt(mid) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
