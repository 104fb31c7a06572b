/** The zoom is remembered as the days in view, and given back only when the chart can show them. */
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../domain';
import { baseScale, zoomToShow } from './geometry';
import { daysInView, zoomFromDays } from './useRememberedZoom';

const base = baseScale({ start: dayNumber('2024-01-01'), end: dayNumber('2025-12-31') }, 800);
const extent: [number, number] = [0.5, 40];

describe('the remembered zoom', () => {
  it('gives back the same days at another width', () => {
    const shown = zoomToShow(base, 800, dayNumber('2025-01-01'), dayNumber('2025-06-30'));
    const days = daysInView(base, shown, 800);
    expect(days).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    const wide = baseScale({ start: dayNumber('2024-01-01'), end: dayNumber('2025-12-31') }, 1200);
    expect(daysInView(wide, zoomFromDays(days!, wide, 1200, extent)!, 1200)).toEqual(days);
  });
  it('remembers nothing for the whole journey', () => {
    expect(daysInView(base, { k: 1, x: 0 }, 800)).toBeNull();
  });
  it('ignores days that miss the journey or a zoom out of range', () => {
    expect(zoomFromDays({ from: '1990-01-01', to: '1990-06-30' }, base, 800, extent)).toBeNull();
    expect(zoomFromDays({ from: '2025-01-01', to: '2025-01-02' }, base, 800, extent)).toBeNull();
    expect(zoomFromDays(undefined, base, 800, extent)).toBeNull();
  });
});
