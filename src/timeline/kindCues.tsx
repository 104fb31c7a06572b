/**
 * The kind of an intervention told by more than its fill (issue 25, item 6; WCAG 1.4.1): each
 * category, as the legend names it, has a texture of its own drawn over the bar's colour, in
 * the category's text colour (so 4.5:1 or more against its fill, 1.4.11 asks 3:1). The textures
 * differ in direction and shape, not only in grey: lines across, lines down, slanted lines,
 * dots, rings, a grid, a cross-hatch, dashes; employment, the end the journey aims at, is plain.
 * Under forced colours the bars take the theme's background and the textures its text colour
 * (app.css), so the kinds are still told apart there.
 */
import type { Category } from '../domain';
import { CATEGORY_COLORS } from './palette';

export type Cue = 'plain' | 'hlines' | 'vlines' | 'slant' | 'dots' | 'rings' | 'grid' | 'crosshatch' | 'dashes';

export const CATEGORY_CUES: Record<Category, Cue> = {
  forsteg: 'dots',
  matchning: 'grid',
  utbildning: 'slant',
  praktik: 'vlines',
  anstallning: 'plain',
  rehabilitering: 'crosshatch',
  program: 'hlines',
  ersattning: 'rings',
  ovrigt: 'dashes',
};

/** The pattern's id, or null for a plain bar. */
export const cueId = (c: Category): string | null => (CATEGORY_CUES[c] === 'plain' ? null : `cue-${c}`);

/** The texture's marks, in a tile of `size` px, drawn in `ink`. */
function Marks({ cue, ink }: { cue: Cue; ink: string }) {
  const line = { stroke: ink, strokeWidth: 1.5, className: 'cue-ink-stroke' };
  switch (cue) {
    case 'hlines':
      // Two to a tile: a texture, not one line through the bar (which says "cancelled").
      return <path d="M0 1.5H8M0 5.5H8" {...line} strokeWidth={1.2} />;
    case 'vlines':
      return <path d="M3.5 0V8" {...line} />;
    case 'slant':
      return <path d="M-2 2L2 -2M0 8L8 0M6 10L10 6" {...line} />;
    case 'dots':
      return <circle cx="4" cy="4" r="1.6" fill={ink} className="cue-ink-fill" />;
    case 'rings':
      return <circle cx="4" cy="4" r="2.2" fill="none" {...line} strokeWidth={1.2} />;
    case 'grid':
      return <path d="M0 3.5H8M3.5 0V8" {...line} strokeWidth={1} />;
    case 'crosshatch':
      return <path d="M0 0L8 8M8 0L0 8" {...line} strokeWidth={1.1} />;
    case 'dashes':
      return <path d="M0 3.5H4" {...line} />;
    case 'plain':
      return null;
  }
}

/** One pattern per category with a texture, for the timeline's defs (the legend's swatches use them too). */
export function CuePatterns() {
  return (
    <>
      {(Object.keys(CATEGORY_CUES) as Category[]).map((c) => {
        const id = cueId(c);
        return id === null ? null : (
          <pattern key={c} id={id} width="8" height="8" patternUnits="userSpaceOnUse" data-cue={CATEGORY_CUES[c]}>
            <Marks cue={CATEGORY_CUES[c]} ink={CATEGORY_COLORS[c].text} />
          </pattern>
        );
      })}
    </>
  );
}

/** `hex` drawn at `opacity` over white, as one opaque colour (a bar's fill at its fill-opacity). */
export function overWhite(hex: string, opacity: number): string {
  const mix = [1, 3, 5].map((i) => Math.round(parseInt(hex.slice(i, i + 2), 16) * opacity + 255 * (1 - opacity)));
  return `#${mix.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}
