import { describe, expect, it } from 'vitest';
import { journey } from '../domain/cohort/fixtures';
import { filterChoices } from './filter';
import { SLICE, filterChoicesInSlices } from './useFilterChoices';

// More journeys than one slice, the last one alone bringing an actor and a kind (the last slice counts).
const many = [
  ...Array.from({ length: SLICE + 1 }, (_, i) => journey(`j${i}`, [{ kind: 'sfi', start: '2025-01-01' }])),
  journey('last', [{ kind: 'komvux', start: '2025-02-01' }], {
    mandates: [{ id: 'm1', actor: 'fk', start: '2025-01-01' }],
  }),
];

describe('the filter choices in slices (issue #26: no long task for a big cohort)', () => {
  it('gives what the one pass gives, the last slice included', async () => {
    const sliced = await filterChoicesInSlices(many, new AbortController().signal);
    expect(sliced).toEqual(filterChoices(many));
    expect(sliced.kinds).toContain('komvux');
    expect(sliced.actors).toContain('fk');
  });

  it('gives nothing once stopped', async () => {
    const stop = new AbortController();
    let settled = false;
    void filterChoicesInSlices(many, stop.signal).then(() => (settled = true));
    stop.abort();
    // A run started after it takes as many tasks: by its end the stopped one would have settled.
    await filterChoicesInSlices(many, new AbortController().signal);
    expect(settled).toBe(false);
  });
});
