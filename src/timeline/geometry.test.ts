/** The lane names' column: it grows with Mötesläge's larger text, but not at the cost of a narrow chart. */
import { describe, expect, it } from 'vitest';
import { LABEL_WIDTH, labelWidth } from './geometry';

describe('labelWidth', () => {
  it('is 180 px at the normal text size, whatever the width', () => {
    expect(labelWidth(1, 1228)).toBe(LABEL_WIDTH);
    expect(labelWidth(1, 300)).toBe(LABEL_WIDTH);
  });
  it('grows with the text (Mötesläge × 1.25: 225 px) where the chart has room', () => {
    expect(labelWidth(1.25, 1228)).toBe(225);
    expect(labelWidth(1.25, 1868)).toBe(225);
  });
  it('grows no further than a quarter of the box, and never shrinks below 180 px', () => {
    expect(labelWidth(1.25, 800)).toBe(200);
    expect(labelWidth(1.25, 300)).toBe(LABEL_WIDTH);
    expect(labelWidth(3, 4000)).toBe(2 * LABEL_WIDTH);
  });
});
