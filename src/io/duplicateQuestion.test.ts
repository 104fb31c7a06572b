import { describe, expect, it } from 'vitest';
import { askDuplicate, freeRef, setDuplicateQuestion } from './duplicateQuestion';

describe('a journey whose participant is already saved (issue 25, item 14)', () => {
  it('a new participant gets the first free reference', () => {
    expect(freeRef('P-1', new Set(['P-1']))).toBe('P-1-2');
    expect(freeRef('P-1', new Set(['P-1', 'P-1-2', 'P-1-3']))).toBe('P-1-4');
  });
  it('asks the registered question; without one both are kept', async () => {
    expect(await askDuplicate(['P-1'])).toBe('keepBoth');
    setDuplicateQuestion(async (refs) => (refs[0] === 'P-1' ? 'replace' : null));
    expect(await askDuplicate(['P-1'])).toBe('replace');
    expect(await askDuplicate(['P-2'])).toBeNull();
    setDuplicateQuestion(null);
  });
});
