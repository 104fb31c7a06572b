import { describe, expect, it } from 'vitest';
import { sameChunk } from './Bars';
import { CHUNK, type Slices } from './slices';

// The props a chunk shares with every other (only identity matters to sameChunk).
const shared = {
  bars: [],
  infos: {},
  x: () => 0,
  tops: new Map(),
  chartWidth: 1000,
  asOf: 0,
  selectedId: null,
  interaction: {},
  editMode: false,
  drag: null,
  editing: {},
  reveal: () => {},
  marks: new Map(),
  badges: new Map(),
  scenarioOnly: new Set(),
  clipId: 'c',
  laneIndex: new Map(),
} as unknown as Omit<Parameters<typeof sameChunk>[0], 'from' | 'slices'>;

// Ranks in journey order: the chunk from CHUNK holds the ranks CHUNK…2·CHUNK − 1.
const rank = Int32Array.from({ length: 3 * CHUNK }, (_, i) => i);
const slices = (count: number): Slices => ({ count, rank, done: false });
const chunk = (s: Slices, more: Partial<typeof shared> = {}) => ({ ...shared, ...more, from: CHUNK, slices: s });

describe('sameChunk (a slice renders only the chunks whose bars it changes)', () => {
  it('skips a chunk a new slice leaves alone: none of its bars drawn yet, or all of them already', () => {
    expect(sameChunk(chunk(slices(10)), chunk(slices(CHUNK)))).toBe(true);
    expect(sameChunk(chunk(slices(2 * CHUNK)), chunk(slices(3 * CHUNK)))).toBe(true);
  });

  it('renders a chunk whose bars a slice draws, in part or to its end', () => {
    expect(sameChunk(chunk(slices(CHUNK)), chunk(slices(CHUNK + 1)))).toBe(false);
    expect(sameChunk(chunk(slices(CHUNK + 5)), chunk(slices(CHUNK + 6)))).toBe(false);
    expect(sameChunk(chunk(slices(2 * CHUNK - 1)), chunk(slices(2 * CHUNK)))).toBe(false);
  });

  it('renders a chunk when anything it draws with changed (the selection in it, a drag, the scale)', () => {
    const s = slices(Infinity);
    expect(sameChunk(chunk(s), chunk(s))).toBe(true);
    expect(sameChunk(chunk(s), chunk(s, { selectedId: 'b1' }))).toBe(false);
    expect(sameChunk(chunk(s), chunk(s, { drag: { id: 'b1', mode: 'move', startX: 0, days: 1 } }))).toBe(false);
    expect(sameChunk(chunk(s), chunk(s, { x: Object.assign(() => 1, {}) as never }))).toBe(false);
    expect(sameChunk(chunk(s), { ...chunk(s), from: 0 })).toBe(false);
  });
});
