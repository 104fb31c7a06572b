/** Reading journey files (docs/format.md, "A journey, field by field"): every field rule names its path; warnings. */
import { describe, expect, it } from 'vitest';
import { parseJourney } from './index';
import { type Change, text, errorsOf, set, remove, push, with_ } from './testing/parseBuilders';

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
