/**
 * What the drill-down and the sequence index plot take from each journey (`journeyFacts`), checked
 * against section 4 (waits, grey zones, gaps) and section 7 (observations on the reference day, the
 * anchor), on a hand-made journey whose every figure is worked out below. The app's tests use the
 * facts (src/cohort), but the domain's own tests did not, so the first mutation run of facts.ts
 * found no test of its own to run (issue #29).
 */
import { describe, expect, it } from 'vitest';
import { analyzeJourney } from '../analyze';
import { journeyFacts } from './facts';
import { ASOF, journey } from './fixtures';

const OPTIONS = { asOf: ASOF, anchor: 'forstegEnd', from: -3, to: 12 };

// ASOF is 2025-12-31.
// - försteg 01-01..01-31 (samordningsförbundet), komvux 02-11..03-31 (kommunen): a wait 02-01..02-10 of 10
//   days, ended (an event at 10), and a grey zone there (nobody holds it), samordningsförbundet → kommunen.
// - AF's mandate 04-10..06-30: grey zone 04-01..04-09 (9 days), kommunen → AF; 07-01..08-31 (62 days),
//   AF → samordningsförbundet, whose second försteg runs 09-01..11-30. A manual grey zone (an
//   annotation, 07-01..07-10) lies inside it: not a computed zone, so not among the facts' zones.
// - After the second försteg nothing: a wait 12-01..12-31 of 31 days, open on ASOF (censored at 31),
//   and a grey zone of 31 days with nobody after it.
// - Gap days (no activity): 10 + 153 (04-01..08-31; a mandate is no activity) + 31 = 194. Grey zone
//   days: 10 + 9 + 62 + 31 = 112.
// - Anchor (the first försteg's end + 1): 02-01. From -3 to 12: activity -3..-1, the grey zone 0..9,
//   komvux 10..12.
const f1 = () =>
  journey(
    'f1',
    [
      { kind: 'forsteg', start: '2025-01-01', end: '2025-01-31' },
      { kind: 'komvux', start: '2025-02-11', end: '2025-03-31' },
      { kind: 'forsteg', start: '2025-09-01', end: '2025-11-30' },
    ],
    {
      mandates: [{ id: 'm1', actor: 'af', start: '2025-04-10', end: '2025-06-30' }],
      annotations: [{ id: 'a1', type: 'greyzone', start: '2025-07-01', end: '2025-07-10', text: 'Ingen hörde av sig' }],
    },
  );

describe('journeyFacts', () => {
  it('of a journey with two waits, four computed grey zones and a manual one', () => {
    expect(journeyFacts(f1(), 3, OPTIONS)).toEqual({
      index: 3,
      id: 'f1',
      ref: 'P-f1',
      waits: [
        { id: 'i1', days: 10, open: false, noNextStep: false, observation: { kind: 'event', time: 10 } },
        { id: 'i3', days: 31, open: true, noNextStep: false, observation: { kind: 'censored', time: 31 } },
      ],
      zones: [
        { id: 'computed:2025-02-01', from: ['samordningsforbund'], to: ['kommun'], days: 10, start: '2025-02-01' },
        { id: 'computed:2025-04-01', from: ['kommun'], to: ['af'], days: 9, start: '2025-04-01' },
        { id: 'computed:2025-07-01', from: ['af'], to: ['samordningsforbund'], days: 62, start: '2025-07-01' },
        { id: 'computed:2025-12-01', from: ['samordningsforbund'], to: [], days: 31, start: '2025-12-01' },
      ],
      greyZoneDays: 112,
      gapDays: 194,
      longestWait: 31,
      anchor: '2025-02-01',
      // In the order of the days, not by state.
      runs: [
        { state: 'activity', from: -3, to: -1 },
        { state: 'greyZone', from: 0, to: 9 },
        { state: 'activity', from: 10, to: 12 },
      ],
    });
  });

  it('of a journey with no försteg: no anchor, so no runs; no wait, so a longest wait of 0', () => {
    const j = journey('n', [{ kind: 'komvux', start: '2025-01-01', end: '2025-12-31' }]);
    expect(journeyFacts(j, 0, OPTIONS)).toEqual({
      index: 0,
      id: 'n',
      ref: 'P-n',
      waits: [],
      zones: [],
      greyZoneDays: 0,
      gapDays: 0,
      longestWait: 0,
      anchor: null,
      runs: [],
    });
  });

  it('reads the analysis it is given (the cohort’s, with its options), not one of its own', () => {
    // Gaps up to 10 days ignored: the wait's 10 days are no gap in that analysis.
    const analysis = analyzeJourney(f1(), { asOf: ASOF, ignoreGapsUpToDays: 10 });
    const facts = journeyFacts(f1(), 0, OPTIONS, analysis);
    expect(facts.gapDays).toBe(analysis.totals.gapDays);
    expect(facts.gapDays).toBe(184);
  });
});
