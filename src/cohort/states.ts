/**
 * How each day state is drawn: a fill of its own lightness, and a pattern for two, so colour is
 * never alone. Issue 25 (WCAG 1.4.11): states next to each other in the stack, and states with no
 * pattern between them, differ by 3:1 or more, and each but "outside the journey" stands 3:1 or
 * more against white (states.test.ts computes it). The gap's stripes run across the rows, so they
 * stay when the sequence plot's rows are thinner than a pixel.
 */
import type { DayState } from '../domain';

export const STATE_STYLE: Record<DayState, { fill: string; pattern?: 'hatch' | 'stripes'; ink: string }> = {
  employment: { fill: '#0a2a66', ink: '#ffffff' },
  activity: { fill: '#3d7fc4', ink: '#111111' },
  greyZone: { fill: '#222222', pattern: 'hatch', ink: '#ffffff' },
  gap: { fill: '#c46200', pattern: 'stripes', ink: '#111111' },
  unobserved: { fill: '#eeeeee', ink: '#111111' },
};

/** The dark lines of the gap's stripes. */
export const GAP_STRIPE = '#3a1d00';
