/**
 * The catalogue a journey sees (docs/format.md "Custom actors and kinds", journey-format.md
 * section 2): the built-in actors and kinds plus the journey's own `actors` `{ id, label, color? }`
 * and `kinds` `{ id, label, category, defaultActor?, maxMonthsPerDecision?, maxTotalMonths?,
 * activity?, parallel? }`; an own entry with a built-in id replaces the built-in one. The
 * validator reads unchecked files with it, so an entry without a string id is skipped and a field
 * of the wrong type is not taken. A journey with nothing of its own shares the one built-in
 * catalogue. These are the rules that the mutation run of `resolve.ts` (issue 29) found untested;
 * each test was seen to fail with its mutant planted.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_ACTORS, BUILT_IN_KINDS } from './catalogue';
import { resolveCatalogue } from './resolve';

describe('a journey with nothing of its own shares the built-in catalogue', () => {
  it('no lists, or empty lists: the same catalogue object, holding exactly the built-in entries', () => {
    const shared = resolveCatalogue({});
    expect(resolveCatalogue({ actors: [], kinds: [] })).toBe(shared);
    expect(resolveCatalogue({ actors: [] })).toBe(shared);
    expect(resolveCatalogue({ kinds: [] })).toBe(shared);
    expect([...shared.actors.values()]).toEqual(BUILT_IN_ACTORS);
    expect([...shared.kinds.values()]).toEqual(BUILT_IN_KINDS);
  });
});

describe('own actors', () => {
  it('an own actor, in a journey without own kinds, joins the built-in ones', () => {
    const c = resolveCatalogue({ actors: [{ id: 'coach', label: 'Jobbcoach Väst', color: '#2a7ab0' }] });
    expect(c.actors.get('coach')).toEqual({
      id: 'coach',
      label: { sv: 'Jobbcoach Väst', en: 'Jobbcoach Väst' },
      color: '#2a7ab0',
      builtIn: false,
    });
    expect(c.actors.size).toBe(BUILT_IN_ACTORS.length + 1);
    expect(c.kinds.size).toBe(BUILT_IN_KINDS.length);
  });

  it('without a string label the id is its label; a colour that is no string is not taken', () => {
    const c = resolveCatalogue({ actors: [{ id: 'a1' }, { id: 'a2', label: 7, color: 255 }] });
    expect(c.actors.get('a1')).toEqual({ id: 'a1', label: { sv: 'a1', en: 'a1' }, color: undefined, builtIn: false });
    expect(c.actors.get('a2')).toEqual({ id: 'a2', label: { sv: 'a2', en: 'a2' }, color: undefined, builtIn: false });
  });

  it('an own actor with a built-in id replaces the built-in one for this journey', () => {
    const c = resolveCatalogue({ actors: [{ id: 'af', label: 'AF Väst' }] });
    expect(c.actors.get('af')).toEqual({
      id: 'af',
      label: { sv: 'AF Väst', en: 'AF Väst' },
      color: undefined,
      builtIn: false,
    });
    expect(c.actors.size).toBe(BUILT_IN_ACTORS.length);
  });

  it('unchecked data: an entry that is no object or has no string id is skipped, without throwing', () => {
    const c = resolveCatalogue({
      actors: [null, undefined, 7, 'coach', true, [], { label: 'no id' }, { id: 5, label: 'number id' }, { id: 'ok' }],
    });
    expect([...c.actors.keys()]).toEqual([...BUILT_IN_ACTORS.map((a) => a.id), 'ok']);
  });
});

describe('own kinds', () => {
  it('an own kind, in a journey without own actors, joins the built-in ones with every field it gives', () => {
    const c = resolveCatalogue({
      kinds: [
        {
          id: 'studiecirkel',
          label: 'Studiecirkel',
          category: 'utbildning',
          defaultActor: 'coach',
          maxMonthsPerDecision: 3,
          maxTotalMonths: 12,
          activity: false,
          parallel: true,
        },
      ],
    });
    expect(c.kinds.get('studiecirkel')).toEqual({
      id: 'studiecirkel',
      label: { sv: 'Studiecirkel', en: 'Studiecirkel' },
      category: 'utbildning',
      defaultActor: 'coach',
      maxMonthsPerDecision: 3,
      maxTotalMonths: 12,
      activity: false,
      parallel: true,
      builtIn: false,
    });
    expect(c.kinds.size).toBe(BUILT_IN_KINDS.length + 1);
    expect(c.actors.size).toBe(BUILT_IN_ACTORS.length);
  });

  it('unchecked fields: no string label gives the id, an unknown category gives ovrigt, wrong types are not taken', () => {
    const c = resolveCatalogue({
      kinds: [
        { id: 'k1', category: 'praktik' },
        {
          id: 'k2',
          label: 3,
          category: 'okand',
          defaultActor: 4,
          maxMonthsPerDecision: '3',
          maxTotalMonths: '12',
          activity: 'no',
          parallel: 'yes',
        },
      ],
    });
    const none = {
      defaultActor: undefined,
      maxMonthsPerDecision: undefined,
      maxTotalMonths: undefined,
      activity: undefined,
      parallel: undefined,
      builtIn: false,
    };
    expect(c.kinds.get('k1')).toEqual({ id: 'k1', label: { sv: 'k1', en: 'k1' }, category: 'praktik', ...none });
    expect(c.kinds.get('k2')).toEqual({ id: 'k2', label: { sv: 'k2', en: 'k2' }, category: 'ovrigt', ...none });
    // toEqual treats a missing key as undefined; the values themselves must be undefined, not the wrong-typed ones.
    const k2 = c.kinds.get('k2');
    expect([k2?.defaultActor, k2?.maxMonthsPerDecision, k2?.maxTotalMonths, k2?.activity, k2?.parallel]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('an own kind with a built-in id replaces the built-in one for this journey', () => {
    const c = resolveCatalogue({ kinds: [{ id: 'sfi', label: 'SFI lokalt', category: 'ovrigt' }] });
    expect(c.kinds.get('sfi')).toMatchObject({
      label: { sv: 'SFI lokalt', en: 'SFI lokalt' },
      category: 'ovrigt',
      builtIn: false,
    });
    expect(c.kinds.size).toBe(BUILT_IN_KINDS.length);
  });

  it('unchecked data: an entry that is no object or has no string id is skipped, without throwing', () => {
    const c = resolveCatalogue({
      kinds: [null, undefined, 7, 'kurs', false, [], { label: 'no id', category: 'praktik' }, { id: 5 }, { id: 'ok' }],
    });
    expect([...c.kinds.keys()]).toEqual([...BUILT_IN_KINDS.map((k) => k.id), 'ok']);
  });
});
