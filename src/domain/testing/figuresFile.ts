/**
 * A small hand-made figures file whose counts satisfy every sum of `addUpProblems`, each with
 * room to break one rule at a time (the read.ts mutants tests). Window -2..3: each diff is 7 long.
 */
import { checked } from '../pool/file';
import type { FiguresFile } from '../pool/file';

const zeros = () => [0, 0, 0, 0, 0, 0, 0];

export function figuresFile(): FiguresFile {
  const body = {
    options: { asOf: '2026-03-02', ignoreGapsUpToDays: 3, cliffHorizonDays: 90, from: -2, to: 3, anchors: ['start'] },
    figures: {
      journeys: 10,
      closed: 4,
      waits: {
        journeysWithForsteg: 8,
        journeysWithWait: 5,
        count: 9,
        positive: 6,
        observed: 6,
        notAtRisk: 2,
        stillWaiting: 2,
        noNextStep: 1,
        journeysWithEndedWait: 3,
        journeysInSurvival: 4,
        events: [
          [10, 2],
          [40, 2],
        ] as [number, number][],
        censored: [
          [5, 1],
          [400, 1],
        ] as [number, number][],
        histogramEnded: [2, 2, 0, 0, 0, 0],
        histogramOpen: [1, 0, 0, 0, 0, 1],
      },
      gaps: {
        journeysWithGap: 3,
        days: 12,
        byPrecedingKind: [
          { kind: 'insats', gaps: 2, days: 8 },
          { kind: 'forsteg', gaps: 1, days: 4 },
        ],
      },
      greyZones: {
        journeysWithGreyZone: 3,
        days: 5,
        handovers: [
          { from: 'a', to: 'b', zones: 2, days: 3, journeys: 2 },
          { from: 'b', to: 'a', zones: 1, days: 2, journeys: 1 },
        ],
      },
      cliffs: [
        { kind: 'insats', month: '2026-04', count: 2 },
        { kind: 'insats', month: '2026-05', count: 1 },
      ],
      upcomingMilestones: [
        { day: 90 as const, month: '2026-04', count: 1 },
        { day: 180 as const, month: '2026-04', count: 1 },
      ],
    },
    alignments: [
      {
        anchor: 'start',
        included: 2,
        excluded: 8,
        diff: {
          employment: [2, 0, 0, 0, 0, 0, -2],
          activity: zeros(),
          greyZone: zeros(),
          gap: zeros(),
          unobserved: zeros(),
        },
      },
    ],
  };
  return {
    format: 'resan-figures',
    version: 1,
    notice: { sv: 'sv', en: 'en' },
    provenance: { label: 'Test', madeAt: '2026-03-02T10:00:00Z', resanVersion: '0.1.0', journeys: 10, filters: null },
    ...body,
    check: checked(body),
  };
}

/** The file as text after `change`, with its check made anew (so only the sums can refuse it). */
export function figuresText(change: (f: FiguresFile) => void = () => {}, recheck = true): string {
  const f = figuresFile();
  change(f);
  if (recheck) f.check = checked(f);
  return JSON.stringify(f);
}
