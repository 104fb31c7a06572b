import { describe, expect, it } from 'vitest';
import { cohortFileName, safeFileName } from './download';

describe('file names', () => {
  it('a saved cohort exports under its own name, without its first file’s extension', () => {
    expect(cohortFileName('kohort-excel.csv', '2026-12-06')).toBe('kohort-excel-2026-12-06.json');
    expect(cohortFileName('a.json + 4', '2026-12-06')).toBe('a-4-2026-12-06.json');
    expect(cohortFileName('Insats Örebro', '2026-12-06')).toBe('Insats-Orebro-2026-12-06.json');
    expect(safeFileName('')).toBe('resa');
  });
});
