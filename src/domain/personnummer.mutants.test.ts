/**
 * The personnummer guard (docs/format.md "Files": a warning for anything in a file that looks like
 * a Swedish personal identity number): the rules that the mutation run of `personnummer.ts`
 * (issue 29) found untested. A personnummer is YYMMDD-NNNC or YYYYMMDDNNNC, with C the Luhn check
 * digit of YYMMDDNNN; a samordningsnummer writes the day + 60. The guard takes only a real day of
 * the calendar, and as a century only 18, 19 or 20. Each test was seen to fail with its mutant
 * planted by hand.
 */
import { describe, expect, it } from 'vitest';
import { readNumber } from './lossless';
import { findPersonnummer, findPersonnummerInText, withoutPersonnummer } from './personnummer';

/** YYMMDDNNN and its Luhn check digit: every other digit doubled from the first, digit sums added, to a multiple of ten. */
function withCheckDigit(nine: string): string {
  let sum = 0;
  [...nine].forEach((ch, i) => {
    const d = Number(ch) * (i % 2 === 0 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  });
  return `${nine}${(10 - (sum % 10)) % 10}`;
}

/** `[CC]YYMMDD-NNNC` with a valid check digit, for the date as written (the day + 60 for a samordningsnummer). */
const pnr = (date: string, serial = '123') => {
  const ten = withCheckDigit(`${date.slice(-6)}${serial}`);
  return `${date.slice(0, -6)}${ten.slice(0, 6)}-${ten.slice(6)}`;
};

const found = (text: string) => findPersonnummerInText(text).length > 0;

describe('the date: a month 01-12 and a day of that month (the day + 60 for a samordningsnummer)', () => {
  it('the check digit helper agrees with Skatteverket’s example', () => {
    expect(pnr('811218', '987')).toBe('811218-9876');
  });

  it('month 00 and month 13 are no month', () => {
    for (const date of ['810018', '811318', '19810018', '19811318', '810078', '811378']) {
      expect(found(pnr(date)), date).toBe(false);
    }
    for (const date of ['810118', '811218', '19810118', '19811218', '810178', '811278']) {
      expect(found(pnr(date)), date).toBe(true);
    }
  });

  it('day 00 is no day, as a personnummer and as a samordningsnummer (60)', () => {
    for (const date of ['810500', '19810500', '810560']) expect(found(pnr(date)), date).toBe(false);
    for (const date of ['810501', '19810501', '810561']) expect(found(pnr(date)), date).toBe(true);
  });

  it('a day past the end of its month is no day', () => {
    for (const date of ['810431', '810491', '19810431', '810229', '19810229', '810132', '810192']) {
      expect(found(pnr(date)), date).toBe(false);
    }
    for (const date of ['810430', '810490', '19810430', '810228', '19810228', '810131', '810191']) {
      expect(found(pnr(date)), date).toBe(true);
    }
  });

  it('29 February counts in a leap year of the century written, and not in 1900', () => {
    for (const date of ['19840229', '19840289', '20000229', '18840229']) expect(found(pnr(date)), date).toBe(true);
    for (const date of ['19000229', '19000289', '19830229', '18000229']) expect(found(pnr(date)), date).toBe(false);
    // Without a century the year may be 19YY or 20YY: a leap day of either is taken.
    for (const date of ['840229', '000229']) expect(found(pnr(date)), date).toBe(true);
    expect(found(pnr('830229')), '830229').toBe(false);
  });

  it('the century is 18, 19 or 20', () => {
    for (const century of ['18', '19', '20']) expect(found(pnr(`${century}811218`)), century).toBe(true);
    for (const century of ['00', '17', '21', '99']) expect(found(pnr(`${century}811218`)), century).toBe(false);
  });
});

describe('withoutPersonnummer: every personnummer replaced by the stand-in, the rest as it was', () => {
  it('replaces each personnummer and leaves a number with a wrong check digit as written', () => {
    expect(withoutPersonnummer('a 811218-9876 b 811218-9875 c 19701063-2391', 'X')).toBe('a X b 811218-9875 c X');
  });

  it('gives back a text without one unchanged, not in its visible form', () => {
    const text = 'Ｐ\u200b-0042 ８１１２１８－９８７５';
    expect(withoutPersonnummer(text, 'X')).toBe(text);
  });

  it('gives back a text with one in its visible form', () => {
    expect(withoutPersonnummer('Ｐ\u200b ８１１２１８－９８７６', 'X')).toBe('P X');
  });
});

describe('each hit is one issue: its path, the code `personnummer`, a message naming the place, the number as read', () => {
  const message = (what: string, where: string, hit: string) =>
    `${what} ${where} looks like a personal identity number (${hit}); use a pseudonymous reference`;

  it('a value', () => {
    expect(findPersonnummer({ participant: { ref: 'Pnr 811218-9876' } })).toEqual([
      {
        path: 'participant.ref',
        code: 'personnummer',
        message: message('the value at', 'participant.ref', '811218-9876'),
        params: { value: '811218-9876' },
      },
    ]);
  });

  it('a property name, before its value', () => {
    expect(findPersonnummer({ 'x-index': { '19811218-9876': 'ok', b: '701063-2391' } })).toEqual([
      {
        path: '["x-index"]["19811218-9876"]',
        code: 'personnummer',
        message: message('the property name', '["x-index"]["19811218-9876"]', '19811218-9876'),
        params: { value: '19811218-9876' },
      },
      {
        path: '["x-index"].b',
        code: 'personnummer',
        message: message('the value at', '["x-index"].b', '701063-2391'),
        params: { value: '701063-2391' },
      },
    ]);
  });

  it('an item of a list', () => {
    const hits = findPersonnummer({ notes: ['ok', '811218 9876'] });
    expect(hits.map((h) => h.message)).toEqual([message('the value at', 'notes[1]', '811218 9876')]);
  });

  it('text given alone: the value at the path given, else at the file', () => {
    expect(findPersonnummer('811218-9876', ['participant', 'ref'])).toEqual([
      {
        path: 'participant.ref',
        code: 'personnummer',
        message: message('the value at', 'participant.ref', '811218-9876'),
        params: { value: '811218-9876' },
      },
    ]);
    expect(findPersonnummer('811218-9876').map((h) => h.message)).toEqual([
      message('the value at', 'the file', '811218-9876'),
    ]);
  });
});

describe('numbers are read as they are written', () => {
  it('a number kept as written (a raw number, lossless.ts: a String object) is read as its text', () => {
    const raw = readNumber('8112189876e400');
    expect(typeof raw).toBe('object');
    expect(findPersonnummer({ 'x-id': raw }).map((h) => [h.path, h.params])).toEqual([
      ['["x-id"]', { value: '8112189876' }],
    ]);
  });

  it('a number with a point is read as JavaScript writes it: 811218.9876 is the dot spelling', () => {
    // A file's `"x-pnr": 811218.9876` reads as the text "811218.9876" does; only whole numbers were read.
    const journey = { 'x-pnr': 811218.9876, 'x-long': 19811218.9876, 'x-wrong': 811218.9875, extent: 37.5 };
    expect(findPersonnummer(journey).map((h) => [h.path, h.params])).toEqual([
      ['["x-pnr"]', { value: '811218.9876' }],
      ['["x-long"]', { value: '19811218.9876' }],
    ]);
  });

  it('a bigint is read as its digits', () => {
    expect(findPersonnummer({ id: 198112189876n }).map((h) => h.path)).toEqual(['id']);
  });
});

describe('the walk reads each property once', () => {
  it('even one named "undefined"', () => {
    expect(findPersonnummer({ undefined: '811218-9876' }).map((h) => h.path)).toEqual(['undefined']);
  });
});
