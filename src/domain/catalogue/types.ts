/** The catalogue's types: categories, labels, actors, kinds and the periods of their rules. */
import type { IsoDate } from '../dates';

export const CATEGORIES = [
  'forsteg',
  'matchning',
  'utbildning',
  'praktik',
  'anstallning',
  'rehabilitering',
  'program',
  'ersattning',
  'ovrigt',
] as const;
export type Category = (typeof CATEGORIES)[number];

export type Label = { sv: string; en: string };

export type ActorDef = { id: string; label: Label; color?: string; builtIn: boolean };

/** A rule that replaces the base maximums for interventions starting in [from, to]. */
export type RulePeriod = {
  from?: IsoDate;
  to?: IsoDate;
  maxTotalMonths?: number;
  maxMonthsPerDecision?: number;
  /** The period also applies when an extension was decided (`decidedOn`) inside it. */
  byDecision?: boolean;
  /** The statute that made the period, for the rules page. */
  source?: Label;
};

export type KindDef = {
  id: string;
  label: Label;
  category: Category;
  defaultActor?: string;
  maxMonthsPerDecision?: number;
  maxTotalMonths?: number;
  /** Overrides the category's default (activity unless program or ersattning). */
  activity?: boolean;
  /** Runs beside the main line of the journey by default (section 3: språkstöd). */
  parallel?: boolean;
  /** Runs beside the main line by default when its `extent` is below this (section 3: sfi, 50). */
  parallelBelowExtent?: number;
  /**
   * Earlier time in other interventions of this kind counts towards the total maximum
   * (section 3: introduktionsjobb, förordning 2018:42 11 §).
   */
  earlierTimeCounts?: boolean;
  /**
   * Ends at the latest on the last day of the month before the participant turns this age;
   * with only a birth year Y: `(Y + age)-11-30` (section 3: aktivitetsersättning, 30).
   */
  untilAge?: number;
  /** The total maximum could not be confirmed in the sources (the rules page says so). */
  totalUnconfirmed?: boolean;
  /** Dates between which new decisions exist; outside it the app warns and still draws. */
  available?: { from?: IsoDate; to?: IsoDate };
  periods?: RulePeriod[];
  /** Total maximum for participants aged 20-24 at start (age = start year - birthYear). */
  youthMaxTotalMonths?: number;
  /**
   * Going on past this many months from `start` needs a decision of its own (an
   * introduktionsjobb's individual assessment, an arbetsplatsintroduktion's special reasons).
   */
  review?: { afterMonths: number; note: Label };
  /**
   * The total maximum counts from the journey's first non-cancelled start of this kind, and
   * not before `notBefore` (sfi: three years from first admission, from 2026-01-01).
   */
  countsFrom?: { firstOfKind: true; notBefore: IsoDate };
  /** What going past the total maximum means, when it is not simply beyond the rules. */
  beyondLimit?: Label;
  /** The rule's source: the law or förordning and its paragraph. */
  source?: Label;
  builtIn: boolean;
};

/** A kind as the area files write it: its label as two plain fields, `builtIn` added once. */
export type KindEntry = Omit<KindDef, 'builtIn' | 'label'> & { sv: string; en: string };
