/**
 * Issue 25, item 11: a generated table of personnummer spellings × places in a journey.
 * Every spelling of a number with a valid check digit is found in every place, with its path;
 * the same spelling with a wrong check digit is not a personnummer and is never flagged.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_JOURNEY } from '../demo/demoJourney';
import { personnummerInCsvCells } from './csvPersonnummer';
import { findPersonnummer, findPersonnummerInText } from './personnummer';

/** Digits 0-9 in other scripts (Unicode Nd): the code point of their zero. */
const SCRIPTS: Record<string, number> = {
  arabicIndic: 0x660,
  extendedArabicIndic: 0x6f0,
  devanagari: 0x966,
  bengali: 0x9e6,
  thai: 0xe50,
  fullwidth: 0xff10,
  mathBold: 0x1d7ce,
};
const inScript = (text: string, zero: number) =>
  [...text].map((c) => (/[0-9]/.test(c) ? String.fromCodePoint(zero + Number(c)) : c)).join('');

/** One spelling: the date (YYMMDD) and the last four as a person or a program might write them. */
const SPELLINGS: Record<string, (date: string, last4: string, century: string) => string> = {
  hyphen: (d, l) => `${d}-${l}`,
  compact: (d, l) => `${d}${l}`,
  plus: (d, l) => `${d}+${l}`,
  spacedHyphen: (d, l) => `${d} - ${l}`,
  twoSpaces: (d, l) => `${d}  ${l}`,
  slash: (d, l) => `${d}/${l}`,
  spacedSlash: (d, l) => `${d} / ${l}`,
  dot: (d, l) => `${d}.${l}`,
  enDashSpaced: (d, l) => `${d} \u2013 ${l}`,
  doubleHyphen: (d, l) => `${d}--${l}`,
  longHyphen: (d, l, c) => `${c}${d}-${l}`,
  longCompact: (d, l, c) => `${c}${d}${l}`,
  isoDateHyphen: (d, l, c) => `${c}${d.slice(0, 2)}-${d.slice(2, 4)}-${d.slice(4)}-${l}`,
  isoDateSpace: (d, l, c) => `${c}${d.slice(0, 2)}-${d.slice(2, 4)}-${d.slice(4)} ${l}`,
  dottedDate: (d, l) => `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4)}.${l}`,
  prefixLetterHyphen: (d, l) => `P-${d}-${l}`,
  prefixLetter: (d, l) => `P${d}-${l}`,
  shortDateShortPrefix: (d, l) => `pnr:${d}-${l}`,
  ...Object.fromEntries(
    Object.entries(SCRIPTS).map(([name, zero]) => [name, (d: string, l: string) => inScript(`${d}-${l}`, zero)]),
  ),
  arabicIndicPrefix: (d, l) => `P-${inScript(`${d}-${l}`, SCRIPTS.arabicIndic)}`,
};

/** Skatteverket-style examples: a personnummer and a samordningsnummer (day + 60), check digit valid. */
const NUMBERS = [
  { date: '811228', last4: '9874', century: '19' },
  { date: '811218', last4: '9876', century: '19' },
  { date: '701063', last4: '2391', century: '19' },
];
const wrong = (last4: string) => last4.slice(0, 3) + ((Number(last4[3]) + 3) % 10);

/** A place in a journey where text can stand, and the path the guard must name. */
const PLACES: Record<string, { put: (text: string) => unknown; path: string }> = {
  value: {
    put: (t) => ({ ...DEMO_JOURNEY, interventions: [{ ...DEMO_JOURNEY.interventions[0], notes: `Pnr ${t}.` }] }),
    path: 'interventions[0].notes',
  },
  title: {
    put: (t) => ({ ...DEMO_JOURNEY, interventions: [{ ...DEMO_JOURNEY.interventions[0], title: t }] }),
    path: 'interventions[0].title',
  },
  participantRef: {
    put: (t) => ({ ...DEMO_JOURNEY, participant: { ...DEMO_JOURNEY.participant, ref: t } }),
    path: 'participant.ref',
  },
  deepValue: {
    put: (t) => ({ ...DEMO_JOURNEY, 'x-a': { b: [{ c: { d: t } }] } }),
    path: '["x-a"].b[0].c.d',
  },
  deepName: {
    put: (t) => ({ ...DEMO_JOURNEY, 'x-a': { b: [{ [t]: 'P-0042' }] } }),
    path: '',
  },
};

describe('personnummer spellings × places (issue 25)', () => {
  it('the demo journey itself has none', () => {
    expect(findPersonnummer(DEMO_JOURNEY)).toEqual([]);
  });
  for (const [spelling, write] of Object.entries(SPELLINGS)) {
    for (const n of NUMBERS) {
      const good = write(n.date, n.last4, n.century);
      const bad = write(n.date, wrong(n.last4), n.century);
      it(`${spelling}: ${JSON.stringify(good)} is found, ${JSON.stringify(bad)} is not`, () => {
        expect(findPersonnummerInText(good)).toHaveLength(1);
        expect(findPersonnummerInText(bad)).toEqual([]);
        for (const [place, { put, path }] of Object.entries(PLACES)) {
          const hits = findPersonnummer(put(good));
          expect(hits, place).toHaveLength(1);
          if (place === 'deepName') expect(hits[0].path, place).toBe(`["x-a"].b[0]${JSON.stringify([good])}`);
          else expect(hits[0].path, place).toBe(path);
          expect(findPersonnummer(put(bad)), place).toEqual([]);
        }
      });
    }
  }
  it('two dates in a row are not a personnummer', () => {
    expect(findPersonnummerInText('2019-02-03 – 2020-01-01')).toEqual([]);
    expect(findPersonnummerInText('Praktik 2019-02-03--2019-12-31')).toEqual([]);
  });
});

describe('personnummer in CSV cells (issue 25)', () => {
  it('names each row (header = row 1) and column', () => {
    const cells = [
      ['deltagare', 'insats', 'titel'],
      ['P-811228-9874', 'Komvux', 'Kurs'],
      ['P-2', 'Komvux', 'Kurs 811228 - 9875'],
      ['P-3', 'Komvux', 'Kurs 811228/9874', 'extra 811218-9876'],
    ];
    expect(personnummerInCsvCells(cells)).toEqual([
      { row: 2, column: 'deltagare', code: 'personnummer', value: '811228-9874' },
      { row: 4, column: 'titel', code: 'personnummer', value: '811228/9874' },
      { row: 4, column: '#4', code: 'personnummer', value: '811218-9876' },
    ]);
  });
});
