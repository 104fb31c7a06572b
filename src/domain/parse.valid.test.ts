/** Reading a valid journey file (docs/format.md, "A journey, field by field"): read whole, written back whole. */
import { sectionTwoExample } from '../../tests/sectionTwoExample';
import { describe, expect, it } from 'vitest';
import { parseJourney, serializeJourney } from './index';
import { valid, text, set, with_ } from './testing/parseBuilders';

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
