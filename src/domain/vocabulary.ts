/**
 * The format's fixed words (docs/format.md, "A journey, field by field"), apart from the zod schemas in
 * `schema.ts`, so that code which only needs these lists (the legend, the markers, the
 * forms) does not load zod: the app's first screen draws without it (issue #11).
 */
export const FORMAT_VERSION = 1;

export const EVENT_TYPES = ['decision', 'assessment', 'meeting', 'deviation', 'note'] as const;
export const ANNOTATION_TYPES = ['greyzone', 'note'] as const;
