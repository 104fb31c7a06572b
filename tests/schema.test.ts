/**
 * schema/*.json are generated from the domain's zod schemas and must stay in step
 * (`npm run schema` rewrites them). The JSON Schema and parseJourney are run on the
 * same files: they agree on every file, except the rules a JSON Schema cannot state,
 * which are listed here one by one.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cohortJsonSchema, journeyJsonSchema } from '../src/domain/jsonSchema';
import { parseCohort, parseJourney } from '../src/domain';
import { exampleNames, readExample, repoRoot } from './shared';

const files = {
  journey: join(repoRoot, 'schema/journey.v1.schema.json'),
  cohort: join(repoRoot, 'schema/cohort.v1.schema.json'),
};
const generated = { journey: journeyJsonSchema(), cohort: cohortJsonSchema() };

if (process.env.RESAN_WRITE_SCHEMA === '1') {
  for (const k of ['journey', 'cohort'] as const) writeFileSync(files[k], `${JSON.stringify(generated[k], null, 2)}\n`);
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validateJourney = ajv.compile(JSON.parse(readFileSync(files.journey, 'utf8')));
const validateCohort = ajv.compile(JSON.parse(readFileSync(files.cohort, 'utf8')));

const base = JSON.parse(readExample('01-introduktionsjobb-cliff.json'));
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test files are built by free mutation of parsed JSON
const variant = (mutate: (j: Record<string, any>) => void) => {
  const j = structuredClone(base);
  mutate(j);
  return JSON.stringify(j);
};

/** Files that break only the structure: both must refuse them. */
const structural: Record<string, string> = {
  'a bad date': variant((j) => (j.interventions[0].start = '2025-02-30')),
  'extent over 100': variant((j) => (j.interventions[0].extent = 101)),
  'a missing ref': variant((j) => delete j.participant.ref),
  'an unknown event type': variant((j) => (j.events = [{ id: 'e', date: '2025-01-01', type: 'party' }])),
  'a change with an unknown op': variant((j) => (j.scenarios[0].changes[0].op = 'stretch')),
  'extension months 0': variant((j) => (j.interventions[4].extensions = [{ months: 0 }])),
  'a birth year of 1850': variant((j) => (j.participant.birthYear = 1850)),
  'version 0': variant((j) => (j.version = 0)),
  'a title as a number': variant((j) => (j.interventions[1].title = 7)),
  'closed without a date': variant((j) => (j.closed = { reason: 'arbete' })),
  'a custom kind with an unknown category': variant((j) => (j.kinds = [{ id: 'x', label: 'X', category: 'magi' }])),
};

/** Rules only parseJourney can check: the schema accepts these, parseJourney refuses them. */
const semanticOnly: Record<string, string> = {
  'two interventions with one id': variant((j) => (j.interventions[1].id = 'etab')),
  'an end before its start': variant((j) => (j.interventions[1].end = '2020-01-01')),
  'an unknown kind': variant((j) => (j.interventions[1].kind = 'magic')),
  'an unknown actor': variant((j) => (j.interventions[1].actor = 'nobody')),
  'a scenario naming a missing intervention': variant((j) => (j.scenarios[0].changes[0].intervention = 'zz')),
};

const valid: Record<string, string> = {
  'an unknown property anywhere': variant((j) => {
    j.extra = { a: 1 };
    j.interventions[0]['x-y'] = [1];
    j.participant.note = 'x';
  }),
  'closed: null': variant((j) => (j.closed = null)),
};

describe('JSON Schema', () => {
  it('schema/*.json are up to date with the domain (run `npm run schema` after changing src/domain/schema.ts)', () => {
    expect(JSON.parse(readFileSync(files.journey, 'utf8'))).toEqual(generated.journey);
    expect(JSON.parse(readFileSync(files.cohort, 'utf8'))).toEqual(generated.cohort);
  });

  for (const name of exampleNames().filter((n) => !n.includes('.expected'))) {
    it(`agrees with parseJourney on examples/${name}`, () => {
      const text = readExample(name);
      const parsed = parseJourney(text);
      const schemaOk = validateJourney(JSON.parse(text)) as boolean;
      if (name === '04-invalid.json') {
        expect(parsed.ok).toBe(false);
        // Its date and extent break the structure: the schema refuses it too.
        expect(schemaOk).toBe(false);
      } else {
        expect(schemaOk).toBe(parsed.ok);
      }
    });
  }

  for (const [name, text] of Object.entries(structural)) {
    it(`both refuse ${name}`, () => {
      expect(parseJourney(text).ok).toBe(false);
      expect(validateJourney(JSON.parse(text))).toBe(false);
    });
  }

  for (const [name, text] of Object.entries(semanticOnly)) {
    it(`only parseJourney refuses ${name} (a JSON Schema cannot state it)`, () => {
      expect(parseJourney(text).ok).toBe(false);
      expect(validateJourney(JSON.parse(text))).toBe(true);
    });
  }

  for (const [name, text] of Object.entries(valid)) {
    it(`both accept ${name}`, () => {
      expect(parseJourney(text).ok).toBe(true);
      expect(validateJourney(JSON.parse(text))).toBe(true);
    });
  }

  it('the cohort schema agrees with parseCohort', () => {
    const good = { format: 'cohort', version: 1, journeys: [base, JSON.parse(readExample('02-fk-af-greyzone.json'))] };
    const bad = { format: 'cohort', version: 1, journeys: [base, { format: 'journey', version: 1 }] };
    expect(parseCohort(JSON.stringify(good)).ok).toBe(true);
    expect(validateCohort(good)).toBe(true);
    expect(parseCohort(JSON.stringify(bad)).ok).toBe(false);
    expect(validateCohort(bad)).toBe(false);
  });
});
