/** Settings remembered per journey are checked before use: what is wrong, old or hostile is ignored. */
import { describe, expect, it } from 'vitest';
import { knownScenarios, readJourneySettings, validZoom } from './journeySettings';

describe('readJourneySettings', () => {
  it('keeps scenarios and a zoom of two days in order, by journey key', () => {
    const text = JSON.stringify({
      'j-1': { scenarios: ['s1', 's2', 's1'], zoom: { from: '2025-01-01', to: '2025-06-30' } },
      demo: { scenarios: ['x'] },
    });
    expect([...readJourneySettings(text)]).toEqual([
      ['j-1', { scenarios: ['s1', 's2'], zoom: { from: '2025-01-01', to: '2025-06-30' } }],
      ['demo', { scenarios: ['x'] }],
    ]);
  });
  it('ignores what is not JSON, not an object, or not valid, entry by entry', () => {
    expect(readJourneySettings('not json').size).toBe(0);
    expect(readJourneySettings('[1,2]').size).toBe(0);
    expect(readJourneySettings('null').size).toBe(0);
    expect(readJourneySettings(null).size).toBe(0);
    const text = JSON.stringify({
      a: 'garbage',
      b: { scenarios: 'not a list', zoom: { from: '2025-06-30', to: '2025-01-01' } },
      c: { scenarios: [1, null, 's'], zoom: { from: '2025-02-30', to: '2025-03-01' } },
      d: { zoom: ['2025-01-01', '2025-02-01'] },
      '': { scenarios: ['s'] },
    });
    expect([...readJourneySettings(text)]).toEqual([['c', { scenarios: ['s'] }]]);
  });
  it('is not led astray by a __proto__ key', () => {
    const map = readJourneySettings('{"__proto__":{"scenarios":["s"]}}');
    expect(map.get('__proto__')).toEqual({ scenarios: ['s'] });
    expect(({} as Record<string, unknown>).scenarios).toBeUndefined();
  });
});

describe('validZoom', () => {
  it('wants two valid days, the first before the second', () => {
    expect(validZoom({ from: '2025-01-01', to: '2025-01-02' })).toEqual({ from: '2025-01-01', to: '2025-01-02' });
    expect(validZoom({ from: '2025-01-02', to: '2025-01-02' })).toBeNull();
    expect(validZoom({ from: '2025-1-1', to: '2025-01-02' })).toBeNull();
    expect(validZoom({ from: 5, to: '2025-01-02' })).toBeNull();
    expect(validZoom('2025-01-01')).toBeNull();
  });
});

describe('knownScenarios', () => {
  it('leaves out a scenario the journey no longer has', () => {
    expect(knownScenarios(['a', 'gone', 'b'], [{ id: 'b' }, { id: 'a' }])).toEqual(['a', 'b']);
    expect(knownScenarios(undefined, [{ id: 'a' }])).toEqual([]);
  });
});
