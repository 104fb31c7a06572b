/** Stored settings are checked before use. */
import { describe, expect, it } from 'vitest';
import { readSettings } from './settings';

describe('readSettings', () => {
  it('keeps a known language and a whole number of days in range', () => {
    expect(readSettings('{"language":"en","ignoreGapsUpToDays":14}')).toEqual({
      language: 'en',
      ignoreGapsUpToDays: 14,
    });
  });
  it('keeps whether the summary is hidden and Mötesläge is on only when they are true or false', () => {
    expect(readSettings('{"summaryHidden":true,"meetingMode":false}')).toEqual({
      summaryHidden: true,
      meetingMode: false,
    });
    expect(readSettings('{"summaryHidden":"yes","meetingMode":1}')).toEqual({});
  });
  it('ignores what is unknown, out of range or not JSON', () => {
    expect(readSettings('{"language":"fr","ignoreGapsUpToDays":-1}')).toEqual({});
    expect(readSettings('{"ignoreGapsUpToDays":1.5}')).toEqual({});
    expect(readSettings('{"ignoreGapsUpToDays":100000}')).toEqual({});
    expect(readSettings('not json')).toEqual({});
    expect(readSettings(null)).toEqual({});
  });
});

describe('the cohort last open', () => {
  it('is kept as its library key; anything else is ignored', () => {
    expect(readSettings('{"cohortKey":"cohort-2026-12-06T08:00:00.000Z-abc123"}')).toEqual({
      cohortKey: 'cohort-2026-12-06T08:00:00.000Z-abc123',
    });
    expect(readSettings('{"cohortKey":""}')).toEqual({});
    expect(readSettings('{"cohortKey":42}')).toEqual({});
  });
});

describe('where journeys are kept', () => {
  it('is kept only as one of the two modes (issue 25, item 13)', () => {
    expect(readSettings('{"storage":"files"}')).toEqual({ storage: 'files' });
    expect(readSettings('{"storage":"browser"}')).toEqual({ storage: 'browser' });
    expect(readSettings('{"storage":"disk"}')).toEqual({});
    expect(readSettings('{"storage":true}')).toEqual({});
  });
});
