import { describe, expect, it } from 'vitest';
import { DEMO_JOURNEY } from '../demo/demoJourney';
import { findPersonnummer, findPersonnummerInText } from './personnummer';

describe('personnummer guard', () => {
  it('finds numbers with a valid check digit in every written form', () => {
    // 811218-9876 is Skatteverket's own example; 19811218-9876 and 198112189876 the long forms.
    expect(findPersonnummerInText('ring 811218-9876 i dag')).toEqual(['811218-9876']);
    expect(findPersonnummerInText('19811218-9876')).toEqual(['19811218-9876']);
    expect(findPersonnummerInText('198112189876')).toEqual(['198112189876']);
    expect(findPersonnummerInText('8112189876')).toEqual(['8112189876']);
    expect(findPersonnummerInText('811218+9876')).toEqual(['811218+9876']);
  });

  it('finds samordningsnummer (day + 60)', () => {
    expect(findPersonnummerInText('701063-2391')).toEqual(['701063-2391']);
  });

  it('leaves wrong check digits, impossible dates, ISO dates and longer numbers alone', () => {
    expect(findPersonnummerInText('811218-9875')).toEqual([]);
    expect(findPersonnummerInText('811318-9876')).toEqual([]);
    expect(findPersonnummerInText('2025-02-03')).toEqual([]);
    expect(findPersonnummerInText('P-0042')).toEqual([]);
    expect(findPersonnummerInText('12345811218-9876')).toEqual([]);
  });

  it('finds them anywhere in a journey, unknown properties included, with the path', () => {
    const journey = {
      ...DEMO_JOURNEY,
      interventions: [{ ...DEMO_JOURNEY.interventions[0], notes: 'Pnr 811218-9876', 'x-extra': { id: 198112189876 } }],
    };
    const hits = findPersonnummer(journey);
    expect(hits.map((h) => h.path)).toEqual(['interventions[0].notes', 'interventions[0]["x-extra"].id']);
    expect(hits[0].code).toBe('personnummer');
    expect(findPersonnummer(DEMO_JOURNEY)).toEqual([]);
  });
});
