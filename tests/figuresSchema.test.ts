/**
 * schema/figures.v1.schema.json is generated from the figures file's zod schema (`npm run
 * schema` rewrites it), and agrees with `readFigures` on the structure of a real file.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figuresJsonSchema } from '../src/domain/jsonSchema';
import { figuresFromJourneys, generateCohort, readFigures, serializeFigures } from '../src/domain';
import { repoRoot } from './shared';
import { lazy } from '../src/domain/testing/lazy';

const path = join(repoRoot, 'schema/figures.v1.schema.json');
const generated = figuresJsonSchema();
if (process.env.RESAN_WRITE_SCHEMA === '1') writeFileSync(path, `${JSON.stringify(generated, null, 2)}\n`);

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(path, 'utf8')));

// Made in the test, not while the tests are collected (src/domain/testing/lazy.ts).
const text = lazy(() =>
  serializeFigures(
    figuresFromJourneys(
      generateCohort(40, 3, '2026-03-02'),
      { asOf: '2026-03-02' },
      {
        label: 'Test',
        madeAt: '2026-03-02T10:00:00Z',
        resanVersion: '0.1.0',
        filters: { kind: 'forsteg', status: null },
      },
    ),
  ),
);

describe('the figures file’s JSON Schema', () => {
  it('is up to date with the domain (run `npm run schema` after changing src/domain/pool/file.ts)', () => {
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(generated);
  });

  it('accepts a file Resan wrote, and refuses a structural change readFigures refuses too', () => {
    expect(readFigures(text()).ok).toBe(true);
    expect(validate(JSON.parse(text()))).toBe(true);
    const bad = JSON.parse(text());
    bad.figures.waits.histogramOpen = [1, 2];
    expect(validate(bad)).toBe(false);
    expect(readFigures(JSON.stringify(bad)).ok).toBe(false);
    const extra = { ...JSON.parse(text()), participants: [] };
    expect(validate(extra)).toBe(false);
    expect(readFigures(JSON.stringify(extra)).ok).toBe(false);
  });
});
