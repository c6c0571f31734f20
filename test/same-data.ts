import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';

/**
 * expect(actual, message).toEqual(expected) for large data (a store's tables, an index's rows), asked first of
 * node's isDeepStrictEqual: vitest's equality takes every value of a 100,000-row table through its matchers, seconds
 * of CPU, where node's takes a fraction of that. Data node finds equal is equal to toEqual too; otherwise toEqual
 * decides, with its diff.
 */
export function expectSameData(actual: unknown, expected: unknown, message?: string): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual, message).toEqual(expected);
}
