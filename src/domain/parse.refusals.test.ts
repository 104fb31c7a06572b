/** Reading journey files (docs/format.md, "Files"): never throws; size, version and format; prototype keys. */
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, parseJourney, serializeJourney } from './index';
import { type Loose, valid, text, errorsOf, set, remove, with_ } from './testing/parseBuilders';

describe('parseJourney never throws', () => {
  const refused = (input: unknown) => {
    const r = parseJourney(input as never);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) {
      expect(typeof e.path).toBe('string');
      expect(e.message.length).toBeGreaterThan(0);
    }
  };

  it('refuses input that is not a string', () => {
    for (const input of [
      undefined,
      null,
      42,
      true,
      {},
      [],
      valid(),
      Symbol('x'),
      () => 1,
      new Uint8Array([123, 125]),
    ]) {
      refused(input);
    }
  });

  it('refuses an empty string and whitespace', () => {
    refused('');
    refused('   \n\t');
  });

  it('refuses JSON that is not an object: null, arrays, strings, numbers', () => {
    for (const input of ['null', '[]', '[{"format":"journey"}]', '"journey"', '42', 'true']) refused(input);
  });

  it('refuses text that is not JSON', () => {
    for (const input of ['{', '{"format":', "{'format':'journey'}", 'format: journey', '{"a":1}}', '\uFEFF']) {
      refused(input);
    }
  });

  it('refuses 100,000 unclosed brackets', () => {
    refused('['.repeat(100_000));
  });

  it('refuses 100,000 levels of nested arrays and objects', () => {
    refused(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    refused(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`);
  });

  it('refuses a journey with deeply nested unknown data rather than throwing', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    refused(text(valid()).replace('"format"', `"x-deep":${deep},"format"`));
  });
});

describe('parseJourney: size', () => {
  it('refuses a file over 100 MB before parsing it', () => {
    const r = parseJourney(' '.repeat(100 * 1024 * 1024 + 1));
    expect(r).toMatchObject({ ok: false, errors: [{ path: '', code: 'tooLarge' }] });
    if (!r.ok) expect(r.errors).toHaveLength(1);
  });

  it('counts bytes, not characters: 50 M two-byte characters are over 100 MB', () => {
    const r = parseJourney('é'.repeat(MAX_FILE_BYTES / 2 + 1));
    expect(r).toMatchObject({ ok: false, errors: [{ code: 'tooLarge' }] });
  });

  it('reads a file of exactly 100 MB', () => {
    const body = text(valid());
    const bytes = new TextEncoder().encode(body).length; // the journey has å, ä and ö: more bytes than characters
    expect(parseJourney(body + ' '.repeat(MAX_FILE_BYTES - bytes)).ok).toBe(true);
    expect(parseJourney(body + ' '.repeat(MAX_FILE_BYTES - bytes + 1))).toMatchObject({
      ok: false,
      errors: [{ code: 'tooLarge' }],
    });
  });
});

describe('parseJourney: version and format', () => {
  it('refuses version 2 with one newerVersion error that says so', () => {
    const r = parseJourney(text(with_(set('version', 2))));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ path: 'version', code: 'newerVersion' });
    expect(r.errors[0].message).toMatch(/newer/);
  });

  it('refuses a newer version without reading the rest (never half-read)', () => {
    const r = parseJourney('{"format":"journey","version":7,"interventions":"whatever","id":42}');
    expect(r).toMatchObject({ ok: false, errors: [{ path: 'version', code: 'newerVersion' }] });
    if (!r.ok) expect(r.errors).toHaveLength(1);
  });

  it.each([
    ['0', 0],
    ['"1"', '1'],
    ['1.5', 1.5],
    ['-1', -1],
    ['null', null],
  ])('refuses version %s', (_, version) => {
    const errors = errorsOf(with_(set('version', version)));
    expect(errors.map((e) => e.path)).toContain('version');
    expect(errors.map((e) => e.code)).not.toContain('newerVersion');
  });

  it('refuses a missing version', () => {
    expect(errorsOf(with_(remove('version')))).toEqual([
      expect.objectContaining({ path: 'version', code: 'required' }),
    ]);
  });

  it('refuses a missing or unknown format', () => {
    expect(errorsOf(with_(remove('format'))).map((e) => e.path)).toEqual(['format']);
    expect(errorsOf(with_(set('format', 'timeline'))).map((e) => e.path)).toEqual(['format']);
  });

  it('refuses a cohort with a message that says it is a cohort', () => {
    const errors = errorsOf({ format: 'cohort', version: 1, journeys: [valid()] });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: 'format', code: 'wrongFormat' });
    expect(errors[0].message).toMatch(/cohort/);
  });
});

describe('parseJourney: prototype keys', () => {
  it('never lets __proto__ reach a prototype: it is kept as an own data property', () => {
    const input = text(valid()).replace('{', '{"__proto__":{"polluted":1},');
    const r = parseJourney(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.getPrototypeOf(r.journey)).toBe(Object.prototype);
    expect(Object.hasOwn(r.journey, '__proto__')).toBe(true);
    expect((r.journey as Loose).polluted).toBeUndefined();
    expect(({} as Loose).polluted).toBeUndefined();
  });

  it('keeps __proto__, constructor and prototype keys at every level and writes them back (issue 14, item 11)', () => {
    const input = text(valid())
      .replace('"participant":{', '"participant":{"constructor":{"prototype":{"polluted":2}},')
      .replace('{"id":"a",', '{"__proto__":{"polluted":3},"prototype":1,"id":"a",')
      .replace('"changes":[{', '"changes":[{"__proto__":null,');
    const r = parseJourney(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const iv = r.journey.interventions[0] as Loose;
    expect(Object.getPrototypeOf(iv)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(iv, '__proto__')?.value).toEqual({ polluted: 3 });
    expect(iv.prototype).toBe(1);
    expect(Object.hasOwn(r.journey.participant, 'constructor')).toBe(true);
    expect(({} as Loose).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    // Exported and read again: the same keys, as data.
    const again = parseJourney(serializeJourney(r.journey));
    expect(again.ok && serializeJourney(again.journey)).toBe(serializeJourney(r.journey));
    expect(serializeJourney(r.journey)).toContain('"__proto__": {\n        "polluted": 3');
    expect(JSON.parse(serializeJourney(r.journey))).toEqual(JSON.parse(input));
  });

  it('treats "__proto__" as an ordinary string value', () => {
    const r = parseJourney(text(with_(set('interventions[0].title', '__proto__'))));
    expect(r.ok && r.journey.interventions[0].title).toBe('__proto__');
  });
});
