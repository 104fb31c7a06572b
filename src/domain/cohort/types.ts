/** The cohort figures and the alignment of docs/format.md ("Cohort figures"), and the accumulator shape behind them. */
import type { IsoDate } from '../dates';
import type { MilestoneDay } from '../sickness';

export type CohortOptions = {
  /** One reference day for every journey, over the files' own. */
  asOf: IsoDate;
  ignoreGapsUpToDays?: number;
  cliffHorizonDays?: number;
};

export type SurvivalRow = { day: number; atRisk: number; events: number; censored: number; survival: number };
export type HistogramBin = { from: number; to: number | null; ended: number; open: number };

export type WaitFigures = {
  journeysWithForsteg: number;
  journeysWithWait: number;
  count: number;
  positive: number;
  /** Survival observations: entries whose wait had begun on asOf (section 7). */
  observed: number;
  /** Entries (noNextStep false) with no day of waiting on asOf. */
  notAtRisk: number;
  /** Observations censored: nobody had started a next step on asOf. */
  stillWaiting: number;
  noNextStep: number;
  median: number | null;
  p75: number | null;
  p90: number | null;
  survival: SurvivalRow[];
  survivalMedian: number | null;
  histogram: HistogramBin[];
};

export type GapFigures = {
  journeysWithGap: number;
  days: number;
  byPrecedingKind: { kind: string; gaps: number; days: number }[];
};

export type Handover = { from: string; to: string; zones: number; days: number; journeys: number };
export type GreyZoneFigures = { journeysWithGreyZone: number; days: number; handovers: Handover[] };

export type CohortCliff = {
  journey: string;
  ref: string;
  intervention: string;
  kind: string;
  end: string;
  daysLeft: number;
  headroomMonths: number | null;
};
export type CohortMilestone = { journey: string; ref: string; day: MilestoneDay; date: string };

export type CohortFigures = {
  asOf: string;
  journeys: number;
  closed: number;
  waits: WaitFigures;
  gaps: GapFigures;
  greyZones: GreyZoneFigures;
  cliffs: CohortCliff[];
  upcomingMilestones: CohortMilestone[];
};

/** `"forstegEnd"` or `"start:KIND"`. */
export type Anchor = string;
export type AlignOptions = { asOf: IsoDate; anchor: Anchor; from: number; to: number; ignoreGapsUpToDays?: number };

export const DAY_STATES = ['employment', 'activity', 'greyZone', 'gap', 'unobserved'] as const;
export type DayState = (typeof DAY_STATES)[number];
export type AlignedDay = { offset: number } & Record<DayState, number>;
export type Alignment = { anchor: string; included: number; excluded: number; days: AlignedDay[] };
