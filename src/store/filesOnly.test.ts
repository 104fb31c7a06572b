/** Files-only mode's rules (issue 25, item 13): the default from the disk, what counts as saved in a file. */
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyJourney } from '../domain';
import { DEMO_JOURNEY } from '../demo/demoJourney';
import {
  applyStartMode,
  copyOnOpen,
  filesOnly,
  isStorageMode,
  markSavedToFile,
  startMode,
  unsavedInFiles,
  useFilesOnly,
} from './filesOnly';

describe('startMode', () => {
  it('is files only for a page opened from the disk and the browser elsewhere, unless chosen', () => {
    expect(startMode('file:', undefined)).toBe('files');
    expect(startMode('http:', undefined)).toBe('browser');
    expect(startMode('https:', undefined)).toBe('browser');
    expect(startMode('file:', 'browser')).toBe('browser');
    expect(startMode('http:', 'files')).toBe('files');
  });
  it('knows only the two modes', () => {
    expect(['browser', 'files', 'file', '', null, 1].map(isStorageMode)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('what is saved in a file', () => {
  const file = emptyJourney('j-1', 'P-1');
  it('a journey opened from a file, of a cohort, or the demo is as in its file; a new one is in none', () => {
    expect(copyOnOpen({ journey: file, journeyKey: 'k', source: { kind: 'file', name: 'a.json' } })).toEqual({
      key: 'k',
      journey: file,
      savedAt: null,
    });
    expect(
      copyOnOpen({ journey: file, journeyKey: 'k', source: { kind: 'cohort', name: 'c', original: file } }),
    ).not.toBeNull();
    expect(copyOnOpen({ journey: DEMO_JOURNEY, journeyKey: 'demo', source: { kind: 'demo' } })?.journey).toBe(
      DEMO_JOURNEY,
    );
    expect(copyOnOpen({ journey: file, journeyKey: 'k', source: { kind: 'new' } })).toBeNull();
    expect(copyOnOpen({ journey: file, journeyKey: 'k', source: { kind: 'library' } })).toBeNull();
  });
  it('is unsaved when edited, when another journey is shown, or when in no file', () => {
    const copy = { key: 'k', journey: file, savedAt: null };
    expect(unsavedInFiles({ journey: file, journeyKey: 'k' }, copy)).toBe(false);
    expect(unsavedInFiles({ journey: { ...file }, journeyKey: 'k' }, copy)).toBe(true);
    expect(unsavedInFiles({ journey: file, journeyKey: 'other' }, copy)).toBe(true);
    expect(unsavedInFiles({ journey: file, journeyKey: 'k' }, null)).toBe(true);
  });
});

describe('the mode in the store', () => {
  beforeEach(() => useFilesOnly.setState({ mode: 'browser', chosen: undefined, fromDisk: false, copy: null }));
  it('starts as the page and the choice say, and remembers whether the page is from the disk', () => {
    applyStartMode('file:', undefined);
    expect(useFilesOnly.getState()).toMatchObject({ mode: 'files', chosen: undefined, fromDisk: true });
    expect(filesOnly()).toBe(true);
    applyStartMode('file:', 'browser');
    expect(useFilesOnly.getState()).toMatchObject({ mode: 'browser', chosen: 'browser', fromDisk: true });
    expect(filesOnly()).toBe(false);
    applyStartMode('http:', 'files');
    expect(useFilesOnly.getState()).toMatchObject({ mode: 'files', chosen: 'files', fromDisk: false });
  });
  it('a save to a file makes the journey on screen saved, until it changes', () => {
    const j = emptyJourney('j-2', 'P-2');
    markSavedToFile('k2', j, '2026-12-06T10:00:00.000Z');
    const { copy } = useFilesOnly.getState();
    expect(copy).toEqual({ key: 'k2', journey: j, savedAt: '2026-12-06T10:00:00.000Z' });
    expect(unsavedInFiles({ journey: j, journeyKey: 'k2' }, copy)).toBe(false);
    expect(unsavedInFiles({ journey: { ...j, asOf: '2026-01-01' }, journeyKey: 'k2' }, copy)).toBe(true);
  });
});
