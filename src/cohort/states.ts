/** How each day state is drawn: a fill of its own lightness, and a pattern for two, so colour is never alone. */
import type { DayState } from '../domain';

export const STATE_STYLE: Record<DayState, { fill: string; pattern?: 'hatch' | 'dots'; ink: string }> = {
  employment: { fill: '#0b3d91', ink: '#ffffff' },
  activity: { fill: '#7fb8e6', ink: '#111111' },
  greyZone: { fill: '#444444', pattern: 'hatch', ink: '#ffffff' },
  gap: { fill: '#e69f00', pattern: 'dots', ink: '#111111' },
  unobserved: { fill: '#eeeeee', ink: '#111111' },
};
