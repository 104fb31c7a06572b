/**
 * Day intervals as the contract counts days (docs/format.md, "Dates"): periods are inclusive at
 * both ends (section 1: `days(a, b) = b - a + 1`), and gaps and grey zones are the *maximal* runs
 * of days that nothing covers (section 4), so days that touch are one run.
 */
import { describe, expect, it } from 'vitest';
import { clip, complement, covers, totalDays, union } from './intervals';

const iv = (start: number, end: number) => ({ start, end });

describe('union: the covered days as maximal runs', () => {
  it('merges periods that touch (the last day of one and the first of the next are one run)', () => {
    expect(union([iv(4, 6), iv(1, 3)])).toEqual([iv(1, 6)]);
    expect(union([iv(1, 3), iv(5, 6)])).toEqual([iv(1, 3), iv(5, 6)]);
  });

  it('a period that ends before it starts covers no day', () => {
    expect(union([iv(5, 4)])).toEqual([]);
    expect(union([iv(1, 2), iv(9, 3)])).toEqual([iv(1, 2)]);
    expect(totalDays([iv(1, 10), iv(20, 10)])).toBe(10);
  });

  it('counts each day once, both ends included', () => {
    expect(totalDays([iv(1, 5), iv(3, 7)])).toBe(7);
    expect(totalDays([iv(1, 1)])).toBe(1);
  });
});

describe('complement: the days of a period that nothing covers, as maximal runs', () => {
  it('is the whole period when nothing covers it', () => {
    expect(complement([], iv(1, 5))).toEqual([iv(1, 5)]);
  });

  it('has no empty run where a covered period starts on the first day or right after another', () => {
    expect(complement([iv(1, 3)], iv(1, 5))).toEqual([iv(4, 5)]);
    expect(complement([iv(2, 3), iv(4, 5)], iv(1, 8))).toEqual([iv(1, 1), iv(6, 8)]);
    expect(complement([iv(1, 4), iv(2, 3)], iv(1, 6))).toEqual([iv(5, 6)]);
  });

  it('leaves out what lies outside the period', () => {
    expect(complement([iv(-5, 2), iv(9, 20)], iv(1, 10))).toEqual([iv(3, 8)]);
    expect(clip(iv(1, 3), iv(4, 9))).toBeNull();
  });
});

describe('covers: both ends of a period are its days', () => {
  it('covers its first and last day and no other', () => {
    expect([0, 1, 2, 3, 4].map((d) => covers(iv(1, 3), d))).toEqual([false, true, true, true, false]);
  });
});
