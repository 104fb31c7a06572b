/**
 * Issue 25, item 6 (WCAG 1.4.1 / 1.4.11): every kind of intervention has a texture of its own,
 * and where the texture is what tells the kinds apart its marks stand 3:1 or more against the
 * bar's fill, as drawn (full, or at 0.7 over white for programmes and benefits).
 */
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../domain';
import { CATEGORY_CUES, cueId, overWhite } from './kindCues';
import { CATEGORY_COLORS } from './palette';

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
};

describe('the kinds’ textures', () => {
  it('each category has its own', () => {
    const cues = CATEGORIES.map((c) => CATEGORY_CUES[c]);
    expect(new Set(cues).size).toBe(CATEGORIES.length);
    // At most one is plain: a plain bar is a cue only while it is the only plain one.
    expect(CATEGORIES.filter((c) => cueId(c) === null)).toEqual(['anstallning']);
  });

  it('draws its marks at 3:1 or more against the fill, full and at 0.7 over white', () => {
    for (const c of CATEGORIES) {
      if (cueId(c) === null) continue;
      const { fill, text } = CATEGORY_COLORS[c];
      expect(contrast(text, fill), c).toBeGreaterThanOrEqual(3);
      expect(contrast(text, overWhite(fill, 0.7)), c).toBeGreaterThanOrEqual(3);
    }
  });

  it('mixes a fill over white as the browser draws it', () => {
    expect(overWhite('#000000', 0.7)).toBe('#4d4d4d');
    expect(overWhite('#0072B2', 1)).toBe('#0072b2');
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
