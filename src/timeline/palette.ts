/**
 * Colours by category from the Okabe–Ito palette (safe for the common colour-vision
 * deficiencies), each with a text colour that keeps 4.5:1 contrast. Colour is never the
 * only carrier: bars are labelled and the legend names every swatch.
 */
import type { Category } from '../domain';

export const CATEGORY_COLORS: Record<Category, { fill: string; text: string }> = {
  forsteg: { fill: '#E69F00', text: '#111111' },
  matchning: { fill: '#56B4E9', text: '#111111' },
  utbildning: { fill: '#009E73', text: '#111111' },
  praktik: { fill: '#F0E442', text: '#111111' },
  anstallning: { fill: '#0072B2', text: '#ffffff' },
  rehabilitering: { fill: '#CC79A7', text: '#111111' },
  program: { fill: '#BBBBBB', text: '#111111' },
  ersattning: { fill: '#D55E00', text: '#111111' },
  ovrigt: { fill: '#DDDDDD', text: '#111111' },
};

/** Lane order: the kommun and the state agencies first, then health, the förbund, the market. */
export const ACTOR_ORDER = [
  'kommun',
  'af',
  'fk',
  'region',
  'samordningsforbund',
  'leverantor',
  'utbildningsanordnare',
  'arbetsgivare',
];

export const FINDING_COLORS = {
  gap: '#8a6d00',
  wait: '#6a3d9a',
  greyzone: '#333333',
  cliff: '#a4161a',
  today: '#a4161a',
  exceeds: '#a4161a',
  selection: '#0b5cad',
};
