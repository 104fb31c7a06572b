import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { type SymbolName, symbolPath } from './symbols';

const D3 = {
  circle: symbolCircle,
  diamond: symbolDiamond,
  square: symbolSquare,
  triangle: symbolTriangle,
  star: symbolStar,
} as const;

describe('event symbols', () => {
  it('are the paths d3-shape draws, at the sizes the chart and the legend use and others', () => {
    for (const name of Object.keys(D3) as SymbolName[])
      for (const size of [16, 64, 90, 110, 250]) expect(symbolPath(name, size)).toBe(symbol(D3[name], size)());
  });
});
