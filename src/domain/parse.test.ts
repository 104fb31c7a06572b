/** Reading journey files (journey-format.md section 2 and 5): never throws, names every problem's path. */
import { sectionTwoExample } from '../../tests/sectionTwoExample';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, parseCohort, parseJourney, serializeJourney } from './index';

type Loose = Record<string, unknown>;

/** A small valid journey that touches every list of the format. */
function valid(): Loose {
  return {
    format: 'journey',
    version: 1,
    id: 'j-1',
    participant: { ref: 'P-1', name: 'Deltagare', birthYear: 1990 },
    asOf: '2025-06-30',
    closed: null,
    actors: [{ id: 'scö', label: 'Samordningsförbundet Centrala Östergötland', color: '#7a5195' }],
    kinds: [{ id: 'lugn-uppstart', label: 'Lugn uppstart', category: 'forsteg', defaultActor: 'scö' }],
    interventions: [
      { id: 'a', kind: 'sfi', start: '2025-01-07', end: '2025-03-14' },
      { id: 'b', kind: 'lugn-uppstart', start: '2025-03-17', end: '2025-04-30' },
      {
        id: 'c',
        kind: 'introduktionsjobb',
        start: '2025-05-05',
        plannedEnd: '2026-05-04',
        extensions: [{ months: 6, decidedOn: '2025-06-01', note: 'efter bedömning' }],
        extent: 75,
      },
    ],
    mandates: [{ id: 'm1', actor: 'af', label: 'Inskriven', start: '2025-01-02', end: '2025-12-31' }],
    events: [{ id: 'e1', date: '2025-05-20', type: 'meeting', actor: 'af', text: 'Trepartsmöte' }],
    annotations: [{ id: 'n1', type: 'greyzone', start: '2025-03-15', end: '2025-03-16' }],
    scenarios: [
      {
        id: 's1',
        name: 'Förläng',
        changes: [
          { op: 'extend', intervention: 'c', months: 6 },
          { op: 'shift', intervention: 'b', days: -3, cascade: true },
          { op: 'startAfter', intervention: 'c', after: 'b', gapDays: 2 },
          { op: 'add', intervention: { id: 'd', kind: 'komvux', start: '2026-01-12' } },
          { op: 'remove', intervention: 'a' },
        ],
      },
    ],
  };
}

const text = (data: unknown) => JSON.stringify(data);

function errorsOf(data: unknown) {
  const r = parseJourney(typeof data === 'string' ? data : text(data));
  if (r.ok) throw new Error('expected the file to be refused');
  return r.errors;
}

type Change = (j: Loose) => void;
type Node = Record<string | number, unknown>;

/** The object that holds the last step of a JavaScript path (`interventions[2].extensions[0].months`), and that key. */
function locate(root: Loose, path: string): [Node, string | number] {
  const steps = (path.match(/[^.[\]]+/g) ?? []).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  let node = root as Node;
  for (const step of steps.slice(0, -1)) node = node[step] as Node;
  return [node, steps[steps.length - 1]];
}

const set =
  (path: string, value: unknown): Change =>
  (j) => {
    const [node, key] = locate(j, path);
    node[key] = value;
  };
const remove =
  (path: string): Change =>
  (j) => {
    const [node, key] = locate(j, path);
    delete node[key];
  };
const push =
  (path: string, ...items: unknown[]): Change =>
  (j) => {
    const [node, key] = locate(j, path);
    (node[key] as unknown[]).push(...items);
  };

/** The valid journey with some changes. */
function with_(...changes: Change[]): Loose {
  const j = valid();
  for (const change of changes) change(j);
  return j;
}

describe('parseJourney of a valid file', () => {
  it('accepts the valid journey and returns its data as it was', () => {
    const r = parseJourney(text(valid()));
    expect(r).toEqual({ ok: true, journey: valid(), warnings: [] });
  });

  it('accepts the smallest journey: format, version, id, participant.ref and an empty interventions list', () => {
    const r = parseJourney('{"format":"journey","version":1,"id":"x","participant":{"ref":"p"},"interventions":[]}');
    expect(r.ok).toBe(true);
  });

  it('ignores a leading byte-order mark', () => {
    const r = parseJourney(`\uFEFF${text(valid())}`);
    expect(r).toEqual({ ok: true, journey: valid(), warnings: [] });
  });

  it('accepts `closed` as an object with date and reason', () => {
    expect(parseJourney(text(with_(set('closed', { date: '2025-06-30', reason: 'arbete' })))).ok).toBe(true);
  });

  it('accepts the same id in different lists (ids are unique within their own list)', () => {
    const j = with_(
      set('mandates[0].id', 'a'),
      set('events[0].id', 'a'),
      set('annotations[0].id', 'a'),
      set('scenarios[0].id', 'a'),
    );
    expect(parseJourney(text(j)).ok).toBe(true);
  });

  it('accepts extent at 1 and 100 and extension months at 1 and 60', () => {
    const j = with_(
      set('interventions[0].extent', 1),
      set('interventions[1].extent', 100),
      set('interventions[2].extensions', [{ months: 1 }, { months: 60 }]),
    );
    expect(parseJourney(text(j)).ok).toBe(true);
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseJourney(text(with_(set('interventions[0].start', '2024-02-29')))).ok).toBe(true);
  });
});

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

describe('parseJourney: every named field rule gives an error at its path', () => {
  const long = 'x'.repeat(10_001);
  const cases: [string, Change, string][] = [
    ['format is required', remove('format'), 'format'],
    ['version must be 1', set('version', 'one'), 'version'],
    ['id is required', remove('id'), 'id'],
    ['id is not empty', set('id', ''), 'id'],
    ['id has at most 200 characters', set('id', 'x'.repeat(201)), 'id'],
    ['id is a string', set('id', 42), 'id'],
    ['participant is required', remove('participant'), 'participant'],
    ['participant is an object', set('participant', 'P-1'), 'participant'],
    ['participant.ref is required', remove('participant.ref'), 'participant.ref'],
    ['participant.ref is a string', set('participant.ref', 7), 'participant.ref'],
    ['participant.name is a string', set('participant.name', ['A']), 'participant.name'],
    ['participant.birthYear is at least 1900', set('participant.birthYear', 1899), 'participant.birthYear'],
    ['participant.birthYear is at most 2100', set('participant.birthYear', 2101), 'participant.birthYear'],
    ['participant.birthYear is an integer', set('participant.birthYear', 1990.5), 'participant.birthYear'],
    ['participant.birthYear is a number', set('participant.birthYear', '1990'), 'participant.birthYear'],
    ['asOf is a date', set('asOf', '2025-06-31'), 'asOf'],
    ['asOf is a string', set('asOf', 20250630), 'asOf'],
    ['closed is an object or null', set('closed', 'yes'), 'closed'],
    ['closed.date is required', set('closed', { reason: 'arbete' }), 'closed.date'],
    ['closed.date is a date', set('closed', { date: '2025-02-30', reason: 'arbete' }), 'closed.date'],
    ['closed.reason is required', set('closed', { date: '2025-06-30' }), 'closed.reason'],
    ['actors is a list', set('actors', { id: 'x' }), 'actors'],
    ['actors[0].id is required', remove('actors[0].id'), 'actors[0].id'],
    ['actors[0].label is required', remove('actors[0].label'), 'actors[0].label'],
    ['actors ids are unique', push('actors', { id: 'scö', label: 'igen' }), 'actors[1].id'],
    ['kinds is a list', set('kinds', 'none'), 'kinds'],
    ['kinds[0].category is one of the categories', set('kinds[0].category', 'magic'), 'kinds[0].category'],
    ['kinds[0].label is required', remove('kinds[0].label'), 'kinds[0].label'],
    ['kinds[0].defaultActor resolves', set('kinds[0].defaultActor', 'nobody'), 'kinds[0].defaultActor'],
    [
      'kinds[0].maxMonthsPerDecision is positive',
      set('kinds[0].maxMonthsPerDecision', 0),
      'kinds[0].maxMonthsPerDecision',
    ],
    ['kinds[0].maxTotalMonths is an integer', set('kinds[0].maxTotalMonths', 2.5), 'kinds[0].maxTotalMonths'],
    ['kinds[0].activity is a boolean', set('kinds[0].activity', 'yes'), 'kinds[0].activity'],
    ['kinds ids are unique', push('kinds', { id: 'lugn-uppstart', label: 'x', category: 'ovrigt' }), 'kinds[1].id'],
    ['interventions is required', remove('interventions'), 'interventions'],
    ['interventions is a list', set('interventions', {}), 'interventions'],
    ['interventions[0] is an object', set('interventions[0]', 'sfi'), 'interventions[0]'],
    ['interventions[0].id is required', remove('interventions[0].id'), 'interventions[0].id'],
    ['intervention ids are unique', set('interventions[2].id', 'a'), 'interventions[2].id'],
    ['interventions[0].kind is required', remove('interventions[0].kind'), 'interventions[0].kind'],
    ['interventions[0].kind resolves', set('interventions[0].kind', 'magic'), 'interventions[0].kind'],
    ['interventions[0].actor resolves', set('interventions[0].actor', 'nobody'), 'interventions[0].actor'],
    [
      'interventions[0].title has at most 10,000 characters',
      set('interventions[0].title', long),
      'interventions[0].title',
    ],
    [
      'interventions[0].notes has at most 10,000 characters',
      set('interventions[0].notes', long),
      'interventions[0].notes',
    ],
    ['interventions[3].start is required', push('interventions', { id: 'x', kind: 'sfi' }), 'interventions[3].start'],
    [
      'interventions[3].start is a date',
      push('interventions', { id: 'x', kind: 'sfi', start: '2025-13-01' }),
      'interventions[3].start',
    ],
    ['interventions[0].start is not 2025-02-29', set('interventions[0].start', '2025-02-29'), 'interventions[0].start'],
    ['interventions[0].end is a date', set('interventions[0].end', '14/3/2025'), 'interventions[0].end'],
    ['interventions[0].end is not before start', set('interventions[0].end', '2025-01-06'), 'interventions[0].end'],
    [
      'interventions[2].plannedEnd is not before start',
      set('interventions[2].plannedEnd', '2025-05-04'),
      'interventions[2].plannedEnd',
    ],
    [
      'interventions[2].extensions is a list',
      set('interventions[2].extensions', { months: 6 }),
      'interventions[2].extensions',
    ],
    [
      'extensions months at least 1',
      set('interventions[2].extensions[0].months', 0),
      'interventions[2].extensions[0].months',
    ],
    [
      'extensions months at most 60',
      set('interventions[2].extensions[0].months', 61),
      'interventions[2].extensions[0].months',
    ],
    [
      'extensions months an integer',
      set('interventions[2].extensions[0].months', 1.5),
      'interventions[2].extensions[0].months',
    ],
    [
      'extensions months required',
      remove('interventions[2].extensions[0].months'),
      'interventions[2].extensions[0].months',
    ],
    [
      'extensions decidedOn a date',
      set('interventions[2].extensions[0].decidedOn', 'igår'),
      'interventions[2].extensions[0].decidedOn',
    ],
    ['extensions note a string', set('interventions[2].extensions[0].note', 5), 'interventions[2].extensions[0].note'],
    [
      'interventions[0].preparatory is a boolean',
      set('interventions[0].preparatory', 'yes'),
      'interventions[0].preparatory',
    ],
    ['interventions[2].extent at least 1', set('interventions[2].extent', 0), 'interventions[2].extent'],
    ['interventions[2].extent at most 100', set('interventions[2].extent', 140), 'interventions[2].extent'],
    ['interventions[2].extent a number', set('interventions[2].extent', '50'), 'interventions[2].extent'],
    ['interventions[0].cancelled is a boolean', set('interventions[0].cancelled', 'no'), 'interventions[0].cancelled'],
    ['mandates is a list', set('mandates', 'af'), 'mandates'],
    ['mandates[0].actor is required', remove('mandates[0].actor'), 'mandates[0].actor'],
    ['mandates[0].actor resolves', set('mandates[0].actor', 'nobody'), 'mandates[0].actor'],
    ['mandates[0].start is a date', set('mandates[0].start', '2025-1-2'), 'mandates[0].start'],
    ['mandates[0].end is not before start', set('mandates[0].end', '2024-12-31'), 'mandates[0].end'],
    ['mandates ids are unique', push('mandates', { id: 'm1', actor: 'fk', start: '2025-01-01' }), 'mandates[1].id'],
    ['events[0].type is one of the event types', set('events[0].type', 'party'), 'events[0].type'],
    ['events[0].date is a date', set('events[0].date', 'soon'), 'events[0].date'],
    ['events[0].actor resolves', set('events[0].actor', 'nobody'), 'events[0].actor'],
    ['events ids are unique', push('events', { id: 'e1', date: '2025-01-01', type: 'note' }), 'events[1].id'],
    ['annotations[0].type is greyzone or note', set('annotations[0].type', 'gap'), 'annotations[0].type'],
    ['annotations[0].end is required', remove('annotations[0].end'), 'annotations[0].end'],
    ['annotations[0].end is not before start', set('annotations[0].end', '2025-03-14'), 'annotations[0].end'],
    [
      'annotations ids are unique',
      push('annotations', { id: 'n1', type: 'greyzone', start: '2025-03-15', end: '2025-03-16' }),
      'annotations[1].id',
    ],
    ['scenarios[0].name is required', remove('scenarios[0].name'), 'scenarios[0].name'],
    ['scenarios[0].changes is a list', set('scenarios[0].changes', null), 'scenarios[0].changes'],
    ['scenario ids are unique', push('scenarios', { id: 's1', name: 'x', changes: [] }), 'scenarios[1].id'],
    ['a change has a known op', set('scenarios[0].changes[0].op', 'explode'), 'scenarios[0].changes[0].op'],
    ['a change has an op', remove('scenarios[0].changes[0].op'), 'scenarios[0].changes[0].op'],
    [
      'extend names a known intervention',
      set('scenarios[0].changes[0].intervention', 'zz'),
      'scenarios[0].changes[0].intervention',
    ],
    ['extend has months', remove('scenarios[0].changes[0].months'), 'scenarios[0].changes[0].months'],
    [
      'shift names a known intervention',
      set('scenarios[0].changes[1].intervention', 'zz'),
      'scenarios[0].changes[1].intervention',
    ],
    ['shift days are whole', set('scenarios[0].changes[1].days', 1.5), 'scenarios[0].changes[1].days'],
    [
      'startAfter after names a known intervention',
      set('scenarios[0].changes[2].after', 'zz'),
      'scenarios[0].changes[2].after',
    ],
    [
      'startAfter gapDays is not negative',
      set('scenarios[0].changes[2].gapDays', -1),
      'scenarios[0].changes[2].gapDays',
    ],
    [
      'add follows the intervention rules',
      set('scenarios[0].changes[3].intervention.start', '2026-13-12'),
      'scenarios[0].changes[3].intervention.start',
    ],
    [
      'add does not reuse an id',
      set('scenarios[0].changes[3].intervention.id', 'a'),
      'scenarios[0].changes[3].intervention.id',
    ],
    [
      'remove names a known intervention',
      set('scenarios[0].changes[4].intervention', 'zz'),
      'scenarios[0].changes[4].intervention',
    ],
  ];

  it.each(cases)('%s', (_, change, path) => {
    const errors = errorsOf(with_(change));
    expect(errors.map((e) => e.path)).toContain(path);
    for (const e of errors) expect(e.message).toMatch(/\S/);
  });

  it('writes the value and the problem into the message: interventions[3].start: "2025-13-01" is not a date', () => {
    const errors = errorsOf(with_(push('interventions', { id: 'x', kind: 'sfi', start: '2025-13-01' })));
    expect(errors).toEqual([
      expect.objectContaining({ path: 'interventions[3].start', message: '"2025-13-01" is not a date' }),
    ]);
  });

  it('refuses an intervention without actor whose kind has no defaultActor', () => {
    const j = with_(
      push('kinds', { id: 'lokal', label: 'Lokal', category: 'praktik' }),
      push('interventions', { id: 'x', kind: 'lokal', start: '2025-06-02' }),
    );
    expect(errorsOf(j)).toEqual([expect.objectContaining({ path: 'interventions[3].actor', code: 'noActor' })]);
  });

  it('accepts that intervention once it names its actor', () => {
    const j = with_(
      push('kinds', { id: 'lokal', label: 'Lokal', category: 'praktik' }),
      push('interventions', { id: 'x', kind: 'lokal', actor: 'kommun', start: '2025-06-02' }),
    );
    expect(parseJourney(text(j)).ok).toBe(true);
  });

  it('lists every problem of the file at once, in file order', () => {
    const j = with_(
      set('participant.birthYear', 1800),
      set('interventions[0].start', '2025-13-01'),
      set('interventions[2].extent', 0),
      set('scenarios[0].changes[1].intervention', 'zz'),
    );
    expect(errorsOf(j).map((e) => e.path)).toEqual([
      'interventions[0].start',
      'interventions[2].extent',
      'participant.birthYear',
      'scenarios[0].changes[1].intervention',
    ]);
  });

  it('writes keys that are not identifiers in brackets', () => {
    const j = with_(set('kinds[0].x-meta', 1), set('kinds[0].category', 'magic'));
    expect(errorsOf(j).map((e) => e.path)).toEqual(['kinds[0].category']);
  });
});

describe('parseJourney: warnings', () => {
  it('warns, and still reads, a kind that starts outside its period (extratjänst in 2023)', () => {
    const r = parseJourney(text(with_(push('interventions', { id: 'x', kind: 'extratjanst', start: '2023-03-01' }))));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([expect.objectContaining({ path: 'interventions[3].start', code: 'kindUnavailable' })]);
    expect(r.journey.interventions[3]).toEqual({ id: 'x', kind: 'extratjanst', start: '2023-03-01' });
  });

  it('does not warn for a kind inside its period (extratjänst on 2021-12-31)', () => {
    const r = parseJourney(text(with_(push('interventions', { id: 'x', kind: 'extratjanst', start: '2021-12-31' }))));
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('warns for an etableringsjobb before 2024 and an arbetsplatsintroduktion before 2003-09-01 (förordning 2003:623)', () => {
    const j = with_(
      push(
        'interventions',
        { id: 'x', kind: 'etableringsjobb', start: '2023-12-31' },
        { id: 'y', kind: 'arbetsplatsintroduktion', start: '2003-08-31' },
        // Made permanent by SFS 2006:1558: no warning after the trial ended.
        { id: 'z', kind: 'arbetsplatsintroduktion', start: '2006-01-01' },
      ),
    );
    const r = parseJourney(text(j));
    expect(r.ok && r.warnings.map((w) => w.path)).toEqual(['interventions[3].start', 'interventions[4].start']);
  });

  it('warns, and still reads, an actor colour that is not #rrggbb', () => {
    const r = parseJourney(text(with_(set('actors[0].color', 'purple'))));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([expect.objectContaining({ path: 'actors[0].color', code: 'badColor' })]);
    expect(r.journey.actors?.[0].color).toBe('purple');
  });
});

describe('parseJourney: nothing is lost', () => {
  it('keeps unknown properties at every level through parse, serialize and parse', () => {
    const j = with_(
      set('x-top', { system: 'SUS', rows: [1, 2, { deep: null }] }),
      set('participant.x-kommun', 'Linköping'),
      set('closed', { date: '2025-06-30', reason: 'arbete', 'x-code': 3 }),
      set('actors[0].sort', 4),
      set('kinds[0].source', 'lokal'),
      set('interventions[0].susId', 123),
      set('interventions[2].extensions[0].x-ref', 'D-17'),
      set('mandates[0].handlaggare', 'H1'),
      set('events[0].minutes', ['a', 'b']),
      set('annotations[0].colour', '#fff'),
      set('scenarios[0].author', 'A'),
      set('scenarios[0].changes[0].reason', 'individuell bedömning'),
      set('scenarios[0].changes[3].intervention.susId', 9),
    );
    const first = parseJourney(text(j));
    if (!first.ok) throw new Error(JSON.stringify(first.errors));
    expect(first.journey).toEqual(j);
    const again = parseJourney(serializeJourney(first.journey));
    expect(again).toEqual({ ok: true, journey: j, warnings: [] });
  });

  it('keeps "susId": 123 on an intervention of the section 2 example after serializeJourney', () => {
    const example = sectionTwoExample();
    (example.interventions[0] as Record<string, unknown>).susId = 123;
    const first = parseJourney(JSON.stringify(example, null, 2));
    if (!first.ok) throw new Error(JSON.stringify(first.errors));
    const written = serializeJourney(first.journey);
    expect(JSON.parse(written).interventions[0].susId).toBe(123);
    const again = parseJourney(written);
    expect(again.ok && again.journey).toEqual(example);
  });

  it('writes 2-space JSON ending in a newline', () => {
    const r = parseJourney(text(valid()));
    if (!r.ok) throw new Error('invalid');
    const written = serializeJourney(r.journey);
    expect(written.startsWith('{\n  "format": "journey",\n  "version": 1,')).toBe(true);
    expect(written.endsWith('}\n')).toBe(true);
    expect(written).toBe(`${JSON.stringify(valid(), null, 2)}\n`);
  });

  it('keeps property order and unusual but valid values (empty strings in free text, zero-length lists)', () => {
    const j = with_(
      set('interventions[0].title', ''),
      set('interventions[0].notes', 'rad 1\nrad 2 "citat" \u2028'),
      set('scenarios[0].changes', []),
      set('events', []),
    );
    const r = parseJourney(text(j));
    expect(r.ok && serializeJourney(r.journey)).toBe(`${JSON.stringify(j, null, 2)}\n`);
  });
});

describe('parseCohort', () => {
  const cohort = (journeys: unknown[]) => text({ format: 'cohort', version: 1, journeys });

  it('reads a cohort of valid journeys', () => {
    const second = with_(set('id', 'j-2'));
    const r = parseCohort(cohort([valid(), second]));
    expect(r).toEqual({
      ok: true,
      cohort: { format: 'cohort', version: 1, journeys: [valid(), second] },
      warnings: [],
    });
  });

  it('reads an empty cohort', () => {
    expect(parseCohort(cohort([])).ok).toBe(true);
  });

  it('prefixes the problems of a member with its place: journeys[1].', () => {
    const bad = with_(set('interventions[0].start', '2025-13-01'), set('scenarios[0].changes[1].intervention', 'zz'));
    const r = parseCohort(cohort([valid(), bad]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path)).toEqual([
      'journeys[1].interventions[0].start',
      'journeys[1].scenarios[0].changes[1].intervention',
    ]);
  });

  it('prefixes the warnings of a member too', () => {
    const warned = with_(set('actors[0].color', 'purple'));
    const r = parseCohort(cohort([valid(), valid(), warned]));
    expect(r.ok && r.warnings.map((w) => w.path)).toEqual(['journeys[2].actors[0].color']);
  });

  it('refuses a member from a newer version at its path', () => {
    const r = parseCohort(cohort([valid(), with_(set('version', 2))]));
    expect(r).toMatchObject({ ok: false, errors: [{ path: 'journeys[1].version', code: 'newerVersion' }] });
  });

  it('refuses a member that is not an object', () => {
    const r = parseCohort(cohort([valid(), 'j-2']));
    expect(r).toMatchObject({ ok: false, errors: [{ path: 'journeys[1]' }] });
  });

  it('refuses a cohort without a journeys list', () => {
    expect(parseCohort(text({ format: 'cohort', version: 1 }))).toMatchObject({
      ok: false,
      errors: [{ path: 'journeys' }],
    });
  });

  it('refuses a newer cohort version', () => {
    expect(parseCohort(text({ format: 'cohort', version: 2, journeys: [] }))).toMatchObject({
      ok: false,
      errors: [{ path: 'version', code: 'newerVersion' }],
    });
  });

  it('refuses a journey file with a message that says it is a journey', () => {
    const r = parseCohort(text(valid()));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0].message).toMatch(/journey/);
  });

  it('never throws', () => {
    for (const input of [undefined, 42, '', '[', 'null', '[]', '{"format":"cohort","version":1,"journeys":{}}']) {
      const r = parseCohort(input as never);
      expect(r.ok).toBe(false);
    }
  });
});
