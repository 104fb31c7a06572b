/**
 * Issue 25, WCAG 1.4.11 / 1.4.1: the Kohort state fills, measured with WCAG's relative luminance.
 * States next to each other in the stack, and any two that no pattern tells apart, differ by
 * 3:1 or more; each state but "outside the journey" stands 3:1 or more against white.
 */
import { describe, expect, it } from 'vitest';
import { DAY_STATES, type DayState } from '../domain';
import { STACK_ORDER } from './chronogramLayout';
import { STATE_STYLE } from './states';

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

const fill = (s: DayState) => STATE_STYLE[s].fill;

describe('the state fills', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    // The figures the audit measured on the old fills.
    expect(contrast('#7fb8e6', '#e69f00')).toBeCloseTo(1.06, 2);
    expect(contrast('#7fb8e6', '#ffffff')).toBeCloseTo(2.12, 2);
  });

  it('differ by 3:1 or more where they meet in the stack', () => {
    for (let i = 1; i < STACK_ORDER.length; i++) {
      const [a, b] = [STACK_ORDER[i - 1], STACK_ORDER[i]];
      expect(contrast(fill(a), fill(b)), `${a} / ${b}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('differ by 3:1 or more where no pattern tells them apart', () => {
    for (const a of DAY_STATES)
      for (const b of DAY_STATES)
        if (a < b && STATE_STYLE[a].pattern === STATE_STYLE[b].pattern)
          expect(contrast(fill(a), fill(b)), `${a} / ${b}`).toBeGreaterThanOrEqual(3);
  });

  it('stand 3:1 or more against white, all but "outside the journey"', () => {
    for (const s of DAY_STATES)
      if (s !== 'unobserved') expect(contrast(fill(s), '#ffffff'), s).toBeGreaterThanOrEqual(3);
  });

  it('give their words 4.5:1', () => {
    for (const s of DAY_STATES) expect(contrast(fill(s), STATE_STYLE[s].ink), s).toBeGreaterThanOrEqual(4.5);
  });
});
