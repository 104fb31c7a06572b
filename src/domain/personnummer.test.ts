import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_JOURNEY } from '../demo/demoJourney';
import { daysInMonth } from './dates';
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

  it('finds the spellings people use: space, dot and dashes as separator', () => {
    for (const sep of [' ', '.', '\u2013', '\u2014', '\u2011', '\u2212', '\u00a0', '\uff0d']) {
      expect(findPersonnummerInText(`Pnr 811218${sep}9876.`), JSON.stringify(sep)).toHaveLength(1);
      expect(findPersonnummerInText(`Pnr 19811218${sep}9876.`), JSON.stringify(sep)).toHaveLength(1);
      expect(findPersonnummerInText(`Pnr 811218${sep}9875.`), JSON.stringify(sep)).toEqual([]);
    }
  });

  it('finds fullwidth digits and numbers with zero-width characters inside', () => {
    expect(findPersonnummerInText('８１１２１８－９８７６')).toEqual(['811218-9876']);
    expect(findPersonnummerInText('81\u200b12\u200d18-98\u206076\ufeff')).toEqual(['811218-9876']);
    expect(findPersonnummerInText('8112\u00ad18-9876')).toEqual(['811218-9876']);
  });

  it('finds a personnummer used as a property name, and at any depth', () => {
    const named = { ...DEMO_JOURNEY, 'x-index': { '811218-9876': 'P-0042' } };
    expect(findPersonnummer(named).map((h) => h.path)).toEqual(['["x-index"]["811218-9876"]']);
    let deep: unknown = { note: 'Pnr 811218 9876' };
    for (let i = 0; i < 5000; i++) deep = i % 2 ? { next: deep } : [deep];
    const hits = findPersonnummer({ ...DEMO_JOURNEY, 'x-deep': deep });
    expect(hits).toHaveLength(1);
    expect(hits[0].path.endsWith('.note')).toBe(true);
    expect(hits[0].path.split('next').length - 1).toBe(2500);
  });

  it('fuzz: every written form with a valid check digit is found, with a wrong one never', () => {
    const checkDigit = (nine: string) => {
      for (let c = 0; c < 10; c++) {
        const ten = nine + c;
        let sum = 0;
        for (let i = 0; i < 10; i++) {
          let d = Number(ten[i]) * (i % 2 === 0 ? 2 : 1);
          if (d > 9) d -= 9;
          sum += d;
        }
        if (sum % 10 === 0) return c;
      }
      throw new Error('unreachable');
    };
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    const number = fc
      .record({
        year: fc.integer({ min: 1900, max: 2099 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
        samordning: fc.boolean(),
        serial: fc.integer({ min: 0, max: 999 }),
        long: fc.boolean(),
        wrongBy: fc.integer({ min: 1, max: 9 }),
      })
      .map((r) => {
        const day = Math.min(r.day, daysInMonth(r.year, r.month)) + (r.samordning ? 60 : 0);
        const nine = `${pad(r.year % 100, 2)}${pad(r.month, 2)}${pad(day, 2)}${pad(r.serial, 3)}`;
        const c = checkDigit(nine);
        const front = `${r.long ? String(r.year).slice(0, 2) : ''}${nine.slice(0, 6)}`;
        return { front, back: nine.slice(6), valid: c, invalid: (c + r.wrongBy) % 10 };
      });
    const separator = fc.constantFrom(
      '',
      '-',
      '+',
      ' ',
      '.',
      '\u00a0',
      '\u2010',
      '\u2011',
      '\u2013',
      '\u2014',
      '\u2212',
      '\uff0d',
    );
    // ASCII, fullwidth, mathematical bold and double-struck digits: NFKC makes them all 0-9.
    const digitForm = fc.constantFrom(0x30, 0xff10, 0x1d7ce, 0x1d7d8);
    const hidden = fc.array(
      fc.record({
        at: fc.nat(),
        char: fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e'),
      }),
      { maxLength: 3 },
    );
    const context = fc.string({ unit: fc.constantFrom('a', 'Ö', ' ', ':', '(', ')', '\n'), maxLength: 6 });
    const write = (digits: string, zero: number) =>
      [...digits].map((ch) => (/\d/.test(ch) ? String.fromCodePoint(zero + Number(ch)) : ch)).join('');
    const hide = (text: string, chars: { at: number; char: string }[]) => {
      const units = [...text];
      for (const { at, char } of chars) units.splice(at % (units.length + 1), 0, char);
      return units.join('');
    };
    fc.assert(
      fc.property(number, separator, digitForm, hidden, context, context, (n, sep, zero, chars, before, after) => {
        const good = hide(write(`${n.front}${sep}${n.back}${n.valid}`, zero), chars);
        const bad = hide(write(`${n.front}${sep}${n.back}${n.invalid}`, zero), chars);
        expect(findPersonnummerInText(`${before}${good}${after}`)).toHaveLength(1);
        expect(findPersonnummerInText(`${before}${bad}${after}`)).toEqual([]);
        expect(findPersonnummer({ notes: `${before}${good}${after}` })).toHaveLength(1);
      }),
      { seed: 9, numRuns: 2000 },
    );
  });
});
