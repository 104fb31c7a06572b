/**
 * What the page derives from the open journey, made once and shared (issue #26): a big journey
 * is prepared before it opens, and its first render finds the analysis and the personnummer
 * search made; the journey on screen meanwhile keeps its own.
 */
import { describe, expect, it, vi } from 'vitest';
import { type Issue, type Journey, analyzeJourney } from '../domain';
import { findPersonnummer } from '../domain/personnummer';
import { DEMO_JOURNEY } from '../demo/demoJourney';
import { BIG_JOURNEY, analysisOf, personnummerHits, prepareToOpen } from './prepare';
import { useStore } from './index';

function journeyOf(n: number): Journey {
  return {
    ...DEMO_JOURNEY,
    id: `j${n}`,
    interventions: Array.from({ length: n }, (_, i) => ({
      id: `i${i}`,
      kind: 'kommunal-insats',
      actor: 'kommun',
      title: `Insats ${i + 1}`,
      start: '2025-01-01',
      end: '2025-02-01',
    })),
  };
}

describe('the analysis, one per journey', () => {
  it('is the domain analysis on the file reference day, made once and given again', () => {
    const journey = journeyOf(3);
    const a = analysisOf(journey, 0);
    expect(a.analysis).toEqual(analyzeJourney(journey, { asOf: journey.asOf!, ignoreGapsUpToDays: 0 }));
    expect(a.asOf).toBe(journey.asOf);
    expect(a.asOfIsToday).toBe(false);
    expect(analysisOf(journey, 0)).toBe(a);
    // Another setting is another analysis.
    expect(analysisOf(journey, 7)).not.toBe(a);
  });

  it('keeps the last two: a journey prepared while another is on screen leaves that one made', () => {
    const open = journeyOf(2);
    const prepared = journeyOf(4);
    const a = analysisOf(open, 0);
    const b = analysisOf(prepared, 0);
    expect(analysisOf(open, 0)).toBe(a);
    expect(analysisOf(prepared, 0)).toBe(b);
    analysisOf(journeyOf(5), 0);
    analysisOf(journeyOf(6), 0);
    expect(analysisOf(open, 0)).not.toBe(a);
  });
});

describe('preparing a journey before it opens', () => {
  it('a big journey: its analysis and its personnummer are made before, in tasks of their own', async () => {
    const big = journeyOf(BIG_JOURNEY + 1);
    const find = vi.fn((j: Journey): Issue[] => findPersonnummer(j));
    await prepareToOpen(big);
    const made = analysisOf(big, useStore.getState().ignoreGapsUpToDays);
    // Its first render asks again and gets what was made.
    expect(analysisOf(big, useStore.getState().ignoreGapsUpToDays)).toBe(made);
    expect(personnummerHits(big, find)).toEqual(findPersonnummer(big));
    expect(find).not.toHaveBeenCalled();
  });

  it('a journey up to BIG_JOURNEY interventions is opened as it is, nothing made before', async () => {
    const small = journeyOf(BIG_JOURNEY);
    await prepareToOpen(small);
    const find = vi.fn((j: Journey): Issue[] => findPersonnummer(j));
    personnummerHits(small, find);
    expect(find).toHaveBeenCalledTimes(1);
  });
});
