/** JSON Schemas (draft 2020-12) of journey and cohort files, generated from the zod schemas. */
import { z } from 'zod';
import { FiguresFileSchema } from './pool/file';
import { CohortSchema, JourneySchema } from './schema';

const NOTE =
  'Checks the structure of the file. Resan also requires what a JSON Schema cannot state: unique ids within each list, ' +
  "references (kinds, actors, interventions named in scenarios) that resolve, no end before its start, and a sjukpenning's " +
  'sickFrom a date not after its start. ' +
  'Properties not named here are allowed and kept.';

function generate(schema: z.ZodType, id: string, title: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return { $schema: json.$schema, $id: id, title, description: NOTE, ...json };
}

export function journeyJsonSchema() {
  return generate(JourneySchema, 'urn:resan:schema:journey:v1', 'Resan journey, format version 1');
}

export function cohortJsonSchema() {
  return generate(CohortSchema, 'urn:resan:schema:cohort:v1', 'Resan cohort, format version 1');
}

const FIGURES_NOTE =
  'Checks the structure of a figures file. Resan also requires what a JSON Schema cannot state: a check that ' +
  'matches the options and counts, and counts that add up (docs/format.md, "The figures file"). No other ' +
  'properties are allowed.';

export function figuresJsonSchema() {
  const json = z.toJSONSchema(FiguresFileSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    $schema: json.$schema,
    $id: 'urn:resan:schema:figures:v1',
    title: 'Resan figures file (Sammanställningsfil), format version 1',
    description: FIGURES_NOTE,
    ...json,
  };
}
