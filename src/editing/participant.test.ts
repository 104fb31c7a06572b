/** The participant form's check: its own rules first, then the importer's, at the form's fields. */
import { describe, expect, it } from 'vitest';
import { emptyJourney, withParticipant } from '../domain';
import { checkParticipant, draftOf } from './participant';

const base = emptyJourney('j-1', 'P-1');
const draft = (patch: Partial<ReturnType<typeof draftOf>>) => ({ ...draftOf(null), ref: 'P-9', ...patch });
const codes = (d: ReturnType<typeof draftOf>) =>
  Object.fromEntries(
    Object.entries(checkParticipant(d, base, 2026).fields).map(([k, v]) => [k, v!.map((e) => e.code)]),
  );

describe('checkParticipant', () => {
  it('accepts a full set of details and gives them back trimmed', () => {
    const check = checkParticipant(
      draft({
        ref: ' P-9 ',
        name: ' Ada ',
        birthYear: '1991',
        asOfMode: 'date',
        asOf: '2026-03-01',
        closed: true,
        closedDate: '2026-02-01',
        closedReason: 'Fick jobb',
      }),
      base,
      2026,
    );
    expect(check.fields).toEqual({});
    expect(check.details).toEqual({
      participant: { ref: 'P-9', name: 'Ada', birthYear: 1991 },
      asOf: '2026-03-01',
      closed: { date: '2026-02-01', reason: 'Fick jobb' },
    });
  });
  it('names each field that is wrong, and gives no details then', () => {
    expect(codes(draft({ ref: '  ' }))).toEqual({ ref: ['required'] });
    expect(codes(draft({ birthYear: '91' }))).toEqual({ birthYear: ['invalid'] });
    expect(codes(draft({ birthYear: '19x1' }))).toEqual({ birthYear: ['invalid'] });
    expect(codes(draft({ birthYear: '1850' }))).toEqual({ birthYear: ['tooSmall'] });
    expect(codes(draft({ birthYear: '2030' }))).toEqual({ birthYear: ['tooBig'] });
    expect(codes(draft({ asOfMode: 'date', asOf: '2026-02-30' }))).toEqual({ asOf: ['notDate'] });
    expect(codes(draft({ closed: true }))).toEqual({ closedDate: ['required'], closedReason: ['required'] });
    expect(checkParticipant(draft({ ref: '' }), base, 2026).details).toBeNull();
  });
  it("uses the importer's rules for the rest (a reference too long)", () => {
    expect(codes(draft({ ref: 'x'.repeat(300) }))).toEqual({ ref: ['tooLong'] });
  });
  it('warns of a personnummer in the reference without refusing it', () => {
    const check = checkParticipant(draft({ ref: '19121212-1212' }), base, 2026);
    expect(check.personnummer.map((e) => e.code)).toEqual(['personnummer']);
    expect(check.details).not.toBeNull();
  });
});

describe('withParticipant', () => {
  it('sets and clears the details, keeping everything else', () => {
    const j = { ...base, participant: { ref: 'P-1', name: 'A', birthYear: 1980, extra: 1 }, asOf: '2025-01-01' };
    const next = withParticipant(j, { participant: { ref: 'P-2' }, closed: null });
    expect(next.participant).toEqual({ ref: 'P-2', extra: 1 });
    expect(next.asOf).toBeUndefined();
    expect('closed' in next).toBe(false);
    expect(next.interventions).toBe(j.interventions);
  });
});
