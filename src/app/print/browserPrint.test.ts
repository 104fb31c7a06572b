import { describe, expect, it } from 'vitest';
import { isPrintKey, zoomToFit } from './browserPrint';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) =>
  ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods }) as KeyboardEvent;

describe('the browser’s print key', () => {
  it('is Ctrl+P or ⌘P, with Caps Lock too', () => {
    expect(isPrintKey(key('p', { ctrlKey: true }))).toBe(true);
    expect(isPrintKey(key('p', { metaKey: true }))).toBe(true);
    expect(isPrintKey(key('P', { ctrlKey: true }))).toBe(true);
  });
  it('is not P alone, nor with Shift or Alt (other shortcuts), nor another letter', () => {
    expect(isPrintKey(key('p'))).toBe(false);
    expect(isPrintKey(key('P', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isPrintKey(key('p', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(isPrintKey(key('o', { ctrlKey: true }))).toBe(false);
  });
});

describe('the chart scaled to the page when printed from the browser’s menu', () => {
  it('shrinks a chart wider than the page to the page, and leaves one that fits as it is', () => {
    expect(zoomToFit(2000, 1000)).toBe(0.5);
    expect(zoomToFit(1000, 1000)).toBe(1);
    expect(zoomToFit(600, 1000)).toBe(1);
  });
  it('takes A4 landscape less 10 mm margins (277 mm) when no page is given', () => {
    const a4 = (277 * 96) / 25.4;
    expect(zoomToFit(a4 * 2)).toBeCloseTo(0.5, 10);
  });
});
