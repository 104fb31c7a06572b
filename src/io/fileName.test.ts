import { describe, expect, it } from 'vitest';
import { cohortFileName, safeFileName } from './fileName';

describe('file names', () => {
  it('a saved cohort exports under its own name, without its first file’s extension', () => {
    expect(cohortFileName('kohort-excel.csv', '2026-12-06')).toBe('kohort-excel-2026-12-06.json');
    expect(cohortFileName('a.json + 4', '2026-12-06')).toBe('a-4-2026-12-06.json');
    expect(cohortFileName('Insats Örebro', '2026-12-06')).toBe('Insats-Orebro-2026-12-06.json');
    expect(safeFileName('')).toBe('resa');
  });

  it('never carries a personnummer, however it is spelled (issue 28, item 1)', () => {
    const spellings = [
      '811228-9874',
      '19811228-9874',
      '1981-12-28-9874',
      '811228 9874',
      'P-811228/9874',
      '８１１２２８－９８７４',
      '81\u200b1228-9874',
      '8\u030111228-9874', // a combining mark that the name's cleaning takes away
      '\u0668\u0661\u0661\u0662\u0662\u0668-\u0669\u0668\u0667\u0664',
      '811288-9871', // samordningsnummer
    ];
    for (const s of spellings) {
      const name = `${safeFileName(s)}-2026-12-06.json`;
      expect(name, s).toMatch(/deltagare/);
      expect(name.replace(/\D+/g, ''), s).not.toMatch(/81122\d*9874|8112889871/);
    }
    expect(cohortFileName('811228-9874.csv', '2026-12-06')).toBe('deltagare-2026-12-06.json');
    // A wrong check digit is no personnummer, and is kept.
    expect(safeFileName('811228-9875')).toBe('811228-9875');
    // Before the date a name ends with (the guard alone reads "9874-2026" as the start of a date).
    expect(safeFileName('resan-tidslinje-811228-9874-2026-12-06')).toBe('resan-tidslinje-deltagare-2026-12-06');
    expect(safeFileName('lex-heller-1981-12-28-9874-2026-03-02')).toBe('lex-heller-deltagare-2026-03-02');
    expect(safeFileName('resan-2026-12-06')).toBe('resan-2026-12-06');
  });
});
