import { describe, expect, it } from 'vitest';
import type { Issue } from '../domain';
import { parseJourney } from '../domain';
import { SHOWN_ISSUES, issuesAsText, shownIssues } from './issueText';

describe('long problem lists', () => {
  const many = () => {
    const interventions = Array.from({ length: 15_000 }, (_, i) => ({ id: `i${i}`, kind: 'sfi', start: '2025-13-01' }));
    const r = parseJourney(
      JSON.stringify({ format: 'journey', version: 1, id: 'x', participant: { ref: 'P' }, interventions }),
    );
    if (r.ok) throw new Error('expected problems');
    return r.errors;
  };

  it('a file with 15,000 problems shows the first 100 and counts the rest', () => {
    const errors = many();
    expect(errors).toHaveLength(15_000);
    const { shown, more } = shownIssues(errors);
    expect(shown).toHaveLength(SHOWN_ISSUES);
    expect(more).toBe(14_900);
    expect(shown[99].path).toBe('interventions[99].start');
  });

  it('a short list is shown whole', () => {
    const few: Issue[] = [{ path: 'a', code: 'required', message: 'is required' }];
    expect(shownIssues(few)).toEqual({ shown: few, more: 0 });
  });

  it('the whole list as text has every problem on its own line with its place', () => {
    const errors = many();
    const text = issuesAsText(errors, (i) => i.message, 'filen');
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(15_000);
    expect(lines[14_999]).toBe('interventions[14999].start: "2025-13-01" is not a date');
    expect(issuesAsText([{ path: '', code: 'notJson', message: 'x' }], (i) => i.message, 'filen')).toBe('filen: x\n');
  });
});
