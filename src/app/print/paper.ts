/**
 * The printable size of each paper in CSS px (landscape, 10 mm margins), as print.css sets it. Its own
 * module, small: the screen's print fallback (browserPrint.ts) needs A4's width on the first screen, and
 * the print code (printJourney.ts) loads only when first used.
 */
import type { Paper } from '../../store/presentation';

const MM = 96 / 25.4;
export const PAGE: Record<Paper, { width: number; height: number }> = {
  a4: { width: 277 * MM, height: 190 * MM },
  a3: { width: 400 * MM, height: 277 * MM },
};
