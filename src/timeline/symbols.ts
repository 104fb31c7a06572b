/**
 * The event markers' shapes as SVG paths: the same figures (of the same area) as d3-shape's
 * symbolDiamond, symbolCircle, symbolSquare, symbolTriangle and symbolStar, written out so
 * that the chart's first screen does not load d3-shape (issue #11; symbols.test.ts checks
 * them against d3-shape).
 */
export type SymbolName = 'diamond' | 'circle' | 'square' | 'triangle' | 'star';

const { sqrt, sin, cos, PI } = Math;
const TAU = 2 * PI;
/** Three decimals, as d3-path writes them. */
const n = (v: number) => String(Math.round(v * 1000) / 1000);
const polygon = (points: [number, number][]) =>
  `${points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${n(x)},${n(y)}`).join('')}Z`;

const TAN30 = sqrt(1 / 3);
const SQRT3 = sqrt(3);
const KA = 0.8908130915292852;
const KR = sin(PI / 10) / sin((7 * PI) / 10);
const KX = sin(TAU / 10) * KR;
const KY = -cos(TAU / 10) * KR;

/** The path of a symbol of `size` square pixels, centred on 0,0. */
export function symbolPath(name: SymbolName, size: number): string {
  switch (name) {
    case 'circle': {
      const r = n(sqrt(size / PI));
      return `M${r},0A${r},${r},0,1,1,-${r},0A${r},${r},0,1,1,${r},0`;
    }
    case 'diamond': {
      const y = sqrt(size / (TAN30 * 2));
      const x = y * TAN30;
      return polygon([
        [0, -y],
        [x, 0],
        [0, y],
        [-x, 0],
      ]);
    }
    case 'square': {
      const w = sqrt(size);
      return `M${n(-w / 2)},${n(-w / 2)}h${n(w)}v${n(w)}h${n(-w)}Z`;
    }
    case 'triangle': {
      const y = -sqrt(size / (SQRT3 * 3));
      return polygon([
        [0, y * 2],
        [-SQRT3 * y, -y],
        [SQRT3 * y, -y],
      ]);
    }
    case 'star': {
      const r = sqrt(size * KA);
      const x = KX * r;
      const y = KY * r;
      const points: [number, number][] = [
        [0, -r],
        [x, y],
      ];
      for (let i = 1; i < 5; ++i) {
        const a = (TAU * i) / 5;
        const c = cos(a);
        const s = sin(a);
        points.push([s * r, -c * r], [c * x - s * y, s * x + c * y]);
      }
      return polygon(points);
    }
  }
}
