import { describe, expect, it } from 'vitest';
import { CHAR_WIDTH, SIMPLE, fitText, graphemes, shortenTo } from './text';

const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('labels that fit', () => {
  it('never cuts an emoji or a letter with its accent in half', () => {
    const family = '👩‍👩‍👧‍👦';
    for (const text of [
      `ab${family}cdefghijklmnop`,
      `abc😀😀😀😀😀😀😀😀😀😀`,
      `abcd${'e\u0301'.repeat(20)}`,
      `🇸🇪🇸🇪🇸🇪🇸🇪🇸🇪🇸🇪🇸🇪🇸🇪`,
    ]) {
      for (let chars = 4; chars < 12; chars++) {
        const shown = fitText(text, (chars + 1) * 10 * CHAR_WIDTH, 10);
        expect(shown, `${text} in ${chars}`).not.toMatch(lone);
        const kept = graphemes(shown.replace(/…$/, ''));
        const whole = graphemes(text);
        expect(kept, `${text} in ${chars}`).toEqual(whole.slice(0, kept.length));
      }
    }
    expect(fitText(`ab${family}cdefghij`, 4 * 10 * CHAR_WIDTH, 10)).toBe(`ab${family}…`);
  });

  it('closes an isolate that the cut leaves open, so the app text after it keeps its order', () => {
    const name = '\u2068\u202eevil name that is long\u2069';
    const shown = fitText(`${name} (överskrider)`, 10 * 10 * CHAR_WIDTH, 10);
    expect(shown.endsWith('…\u2069')).toBe(true);
    expect(fitText('short', 1000, 10)).toBe('short');
  });

  it('counts a 200-character label by what is seen and cuts it to the room there is', () => {
    const label = 'x'.repeat(200);
    const shown = fitText(label, 100, 10);
    expect(graphemes(shown).length).toBeLessThanOrEqual(Math.floor(100 / (10 * CHAR_WIDTH)));
  });
});

describe('labels cut between words', () => {
  it('goes back to the last space when that keeps most of the text, without a comma before the "…"', () => {
    expect(shortenTo('Glapp 93 dagar, 59 arbetsdagar', 17)).toBe('Glapp 93 dagar…');
    expect(shortenTo('Glapp 93 dagar, 59 arbetsdagar', 11)).toBe('Glapp 93…');
    expect(shortenTo('Samordningsförbundet', 12)).toBe('Samordningsf…');
    expect(shortenTo('short', 10)).toBe('short');
    expect(shortenTo('abcdef', 2)).toBe('');
  });
});

describe('graphemes without a segmenter (Latin letters, issue #26)', () => {
  const segment = (s: string) =>
    Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s), (g) => g.segment);

  it('gives what the segmenter gives for every letter the shortcut takes, alone and together', () => {
    const letters: string[] = [];
    const ranges = [
      [0x20, 0x7e],
      [0xa0, 0xac],
      [0xae, 0x24f],
      [0x2010, 0x2027],
      [0x2030, 0x205e],
      [0x2190, 0x23ff],
      [0x25a0, 0x27bf],
    ];
    for (const [from, to] of ranges) for (let c = from; c <= to; c++) letters.push(String.fromCharCode(c));
    expect(letters.every((l) => SIMPLE.test(l))).toBe(true);
    for (const c of [0xad, 0x300, 0x200b, 0x200d, 0x2028, 0x2066, 0x2069, 0xfe0f])
      expect(SIMPLE.test(String.fromCharCode(c))).toBe(false);
    for (const l of letters) expect(graphemes(l)).toEqual(segment(l));
    const text = letters.join('');
    expect(graphemes(text)).toEqual(segment(text));
    expect(graphemes('Fördjupad kartläggning – Åre')).toEqual(segment('Fördjupad kartläggning – Åre'));
  });

  it('leaves to the segmenter what is not one letter per code unit: a combining mark, an emoji, a soft hyphen', () => {
    expect(graphemes('ka\u0308rtla\u0308ggning')).toHaveLength(12); // 14 code units
    expect(graphemes('SFI 👩🏽‍🏫')).toEqual(['S', 'F', 'I', ' ', '👩🏽‍🏫']);
    expect(graphemes('kart\u00adläggning')).toEqual(segment('kart\u00adläggning'));
  });
});
