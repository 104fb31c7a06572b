/** The drawing area every cohort chart shares: a viewBox with margins, scaled to the page width. */
export type Frame = { width: number; height: number; top: number; right: number; bottom: number; left: number };

export const frame = (width: number, height: number, margin: Partial<Omit<Frame, 'width' | 'height'>> = {}): Frame => ({
  width,
  height,
  top: margin.top ?? 16,
  right: margin.right ?? 16,
  bottom: margin.bottom ?? 44,
  left: margin.left ?? 56,
});

export const innerWidth = (f: Frame) => f.width - f.left - f.right;
export const innerHeight = (f: Frame) => f.height - f.top - f.bottom;

export type Tick = { value: number; at: number };
