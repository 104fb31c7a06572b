/**
 * A sequential ramp for counts: seven blues from light to dark (ColorBrewer's Blues,
 * hand-picked), so that the order stays readable in greyscale, each with a text colour of
 * at least 4.5:1 contrast on it.
 */
export const RAMP = ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#084594'] as const;
export const RAMP_TEXT = ['#111111', '#111111', '#111111', '#111111', '#111111', '#ffffff', '#ffffff'] as const;
/** A cell with nothing to show (no hand-over, or hidden by the small-cell rule). */
export const EMPTY_FILL = '#ffffff';
export const HIDDEN_FILL = '#e8e8e8';
