/**
 * The built-in catalogue: actors and intervention kinds with their statutory rules,
 * from shared/domain-rules.md. Labels here are the catalogue's own data (Swedish and
 * English); the UI shows them in the chosen language.
 */
import type { IsoDate } from './dates';

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
  /** Dates between which new decisions exist; outside it the app warns and still draws. */
  available?: { from?: IsoDate; to?: IsoDate };
  periods?: RulePeriod[];
  /** Total maximum for participants aged 20-24 at start (age = start year - birthYear). */
  youthMaxTotalMonths?: number;
  /** Short statement of the rule and its source, for details and the about page. */
  source?: Label;
  builtIn: boolean;
};

export const BUILT_IN_ACTORS: readonly ActorDef[] = [
  { id: 'kommun', label: { sv: 'Kommunen', en: 'Municipality' }, builtIn: true },
  { id: 'af', label: { sv: 'Arbetsförmedlingen', en: 'Public Employment Service' }, builtIn: true },
  { id: 'fk', label: { sv: 'Försäkringskassan', en: 'Social Insurance Agency' }, builtIn: true },
  { id: 'region', label: { sv: 'Regionen (hälso- och sjukvård)', en: 'Region (health care)' }, builtIn: true },
  { id: 'samordningsforbund', label: { sv: 'Samordningsförbundet', en: 'Coordination association' }, builtIn: true },
  { id: 'arbetsgivare', label: { sv: 'Arbetsgivare', en: 'Employer' }, builtIn: true },
  { id: 'leverantor', label: { sv: 'Leverantör (upphandlad av AF)', en: 'Contracted provider' }, builtIn: true },
  { id: 'utbildningsanordnare', label: { sv: 'Utbildningsanordnare', en: 'Education provider' }, builtIn: true },
];

type K = Omit<KindDef, 'builtIn' | 'label'> & { sv: string; en: string };

const kinds: K[] = [
  {
    id: 'forsteg',
    sv: 'Försteg',
    en: 'Pre-step',
    category: 'forsteg',
    defaultActor: 'samordningsforbund',
    source: { sv: 'Lokal FINSAM-insats; inget nationellt tak', en: 'Local FINSAM measure; no national maximum' },
  },
  {
    id: 'forberedande-insats',
    sv: 'Förberedande insats',
    en: 'Preparatory measure',
    category: 'forsteg',
    defaultActor: 'af',
    maxMonthsPerDecision: 6,
    source: { sv: 'Förordning 2000:634', en: 'Förordning 2000:634 (labour-market programmes)' },
  },
  {
    id: 'kartlaggning',
    sv: 'Fördjupad kartläggning',
    en: 'In-depth assessment',
    category: 'forsteg',
    defaultActor: 'af',
    maxMonthsPerDecision: 3,
    source: { sv: 'Cirka 12 veckor', en: 'About 12 weeks' },
  },
  {
    id: 'introduktion-till-arbete',
    sv: 'Introduktion till arbete',
    en: 'Introduction to work',
    category: 'forsteg',
    defaultActor: 'leverantor',
    maxMonthsPerDecision: 6,
    maxTotalMonths: 12,
    source: { sv: 'Upphandlad tjänst, Arbetsförmedlingen', en: 'Procured service, Arbetsförmedlingen' },
  },
  {
    id: 'rusta-och-matcha',
    sv: 'Rusta och matcha',
    en: 'Prepare and match',
    category: 'matchning',
    defaultActor: 'leverantor',
    maxMonthsPerDecision: 6,
    maxTotalMonths: 12,
  },
  {
    id: 'stod-och-matchning',
    sv: 'Stöd och matchning',
    en: 'Support and matching',
    category: 'matchning',
    defaultActor: 'leverantor',
    maxMonthsPerDecision: 3,
    maxTotalMonths: 9,
    available: { from: '2014-01-01', to: '2021-12-31' },
    source: { sv: 'Fanns 2014–2021', en: 'Existed 2014–2021' },
  },
  {
    id: 'arbetspraktik',
    sv: 'Arbetspraktik',
    en: 'Work experience placement',
    category: 'praktik',
    defaultActor: 'af',
    maxMonthsPerDecision: 6,
    source: { sv: 'Varje anvisning högst 6 månader', en: 'Each referral at most 6 months' },
  },
  {
    id: 'arbetstraning',
    sv: 'Arbetsträning',
    en: 'Work training',
    category: 'praktik',
    defaultActor: 'af',
    maxMonthsPerDecision: 6,
    maxTotalMonths: 12,
  },
  {
    id: 'kommunal-insats',
    sv: 'Kommunal arbetsmarknadsinsats',
    en: 'Municipal labour-market measure',
    category: 'praktik',
    defaultActor: 'kommun',
  },
  {
    id: 'arbetsmarknadsutbildning',
    sv: 'Arbetsmarknadsutbildning',
    en: 'Labour-market training',
    category: 'utbildning',
    defaultActor: 'af',
    source: { sv: 'Tills målet är nått', en: 'Until the goal is reached' },
  },
  {
    id: 'sfi',
    sv: 'SFI – svenska för invandrare',
    en: 'SFI – Swedish for immigrants',
    category: 'utbildning',
    defaultActor: 'kommun',
  },
  { id: 'komvux', sv: 'Komvux', en: 'Municipal adult education', category: 'utbildning', defaultActor: 'kommun' },
  {
    id: 'folkhogskola',
    sv: 'Folkhögskola',
    en: 'Folk high school',
    category: 'utbildning',
    defaultActor: 'utbildningsanordnare',
  },
  {
    id: 'sprakstod',
    sv: 'Språkstöd (språkutvecklare)',
    en: 'Language support',
    category: 'utbildning',
    defaultActor: 'kommun',
    source: { sv: 'Löper bredvid ett arbete', en: 'Runs beside a job' },
  },
  {
    id: 'introduktionsjobb',
    sv: 'Introduktionsjobb',
    en: 'Introductory job',
    category: 'anstallning',
    defaultActor: 'af',
    maxMonthsPerDecision: 12,
    maxTotalMonths: 24,
    available: { from: '2018-05-01' },
    periods: [{ from: '2020-05-01', to: '2021-12-31', maxTotalMonths: 36 }],
    source: {
      sv: 'Förordning 2018:42; förlängning efter 12 månader endast efter individuell bedömning (10 §); högst 36 månader för beslut som börjar 2020-05-01–2021-12-31',
      en: 'Förordning 2018:42; beyond 12 months only after an individual assessment (10 §); at most 36 months for decisions starting 2020-05-01–2021-12-31',
    },
  },
  {
    id: 'nystartsjobb',
    sv: 'Nystartsjobb',
    en: 'New start job',
    category: 'anstallning',
    defaultActor: 'af',
    maxMonthsPerDecision: 12,
    maxTotalMonths: 24,
    youthMaxTotalMonths: 12,
    source: {
      sv: 'Förordning 2018:43; högst 12 månader totalt för den som är 20–24 år vid start',
      en: 'Förordning 2018:43; at most 12 months in total for those aged 20–24 at start',
    },
  },
  {
    id: 'etableringsjobb',
    sv: 'Etableringsjobb',
    en: 'Establishment job',
    category: 'anstallning',
    defaultActor: 'af',
    maxMonthsPerDecision: 24,
    maxTotalMonths: 24,
    available: { from: '2024-01-01' },
    source: { sv: 'Från 2024-01-01', en: 'From 2024-01-01' },
  },
  {
    id: 'extratjanst',
    sv: 'Extratjänst',
    en: 'Extra job',
    category: 'anstallning',
    defaultActor: 'af',
    maxMonthsPerDecision: 12,
    maxTotalMonths: 24,
    available: { to: '2021-12-31' },
    source: {
      sv: 'Inga nya beslut från 2022-01-01 (avveckling 2021-12-23)',
      en: 'No new decisions from 2022-01-01 (phased out 2021-12-23)',
    },
  },
  {
    id: 'lonebidrag-utveckling',
    sv: 'Lönebidrag för utveckling i anställning',
    en: 'Wage subsidy for development in employment',
    category: 'anstallning',
    defaultActor: 'af',
    maxMonthsPerDecision: 12,
    maxTotalMonths: 24,
  },
  {
    id: 'lonebidrag-trygghet',
    sv: 'Lönebidrag för trygghet i anställning',
    en: 'Wage subsidy for security in employment',
    category: 'anstallning',
    defaultActor: 'af',
    maxMonthsPerDecision: 48,
  },
  {
    id: 'lonebidrag',
    sv: 'Lönebidrag för anställning',
    en: 'Wage subsidy for employment',
    category: 'anstallning',
    defaultActor: 'af',
    maxMonthsPerDecision: 48,
    source: { sv: 'Sekundär källa', en: 'Secondary source' },
  },
  {
    id: 'arbetsplatsintroduktion',
    sv: 'Arbetsplatsintroduktion (försök 2003–2005)',
    en: 'Workplace introduction (trial 2003–2005)',
    category: 'anstallning',
    defaultActor: 'af',
    maxMonthsPerDecision: 6,
    maxTotalMonths: 6,
    available: { from: '2003-09-01', to: '2005-12-31' },
    source: {
      sv: 'Stödet trappas ned; försök 2003-09-01–2005-12-31 (IFAU 2006:6)',
      en: 'Support tapers off; trial 2003-09-01–2005-12-31 (IFAU 2006:6)',
    },
  },
  {
    id: 'anstallning',
    sv: 'Anställning utan stöd',
    en: 'Unsubsidised employment',
    category: 'anstallning',
    defaultActor: 'arbetsgivare',
  },
  {
    id: 'steg-till-arbete',
    sv: 'Steg till arbete',
    en: 'Steps to work',
    category: 'rehabilitering',
    defaultActor: 'leverantor',
  },
  {
    id: 'rehabilitering',
    sv: 'Rehabilitering',
    en: 'Rehabilitation',
    category: 'rehabilitering',
    defaultActor: 'region',
  },
  {
    id: 'etableringsprogrammet',
    sv: 'Etableringsprogrammet',
    en: 'Introduction programme',
    category: 'program',
    defaultActor: 'af',
    maxMonthsPerDecision: 24,
    maxTotalMonths: 24,
    source: { sv: 'Förordning 2017:820', en: 'Förordning 2017:820 (establishment measures)' },
  },
  {
    id: 'jobb-och-utvecklingsgarantin',
    sv: 'Jobb- och utvecklingsgarantin',
    en: 'Job and development guarantee',
    category: 'program',
    defaultActor: 'af',
  },
  {
    id: 'jobbgarantin-for-ungdomar',
    sv: 'Jobbgarantin för ungdomar',
    en: 'Youth job guarantee',
    category: 'program',
    defaultActor: 'af',
  },
  {
    id: 'ekonomiskt-bistand',
    sv: 'Ekonomiskt bistånd',
    en: 'Financial assistance',
    category: 'ersattning',
    defaultActor: 'kommun',
    source: { sv: 'Beslutas månad för månad', en: 'Decided month by month' },
  },
  {
    id: 'sjukpenning',
    sv: 'Sjukpenning',
    en: 'Sickness benefit',
    category: 'ersattning',
    defaultActor: 'fk',
    source: {
      sv: 'Rehabiliteringskedjan: dag 90, 180, 365 (550)',
      en: 'The rehabilitation chain: days 90, 180, 365 (550)',
    },
  },
  {
    id: 'aktivitetsersattning',
    sv: 'Aktivitetsersättning',
    en: 'Activity compensation',
    category: 'ersattning',
    defaultActor: 'fk',
    maxMonthsPerDecision: 36,
    source: { sv: '1–3 år per beslut, 19–29 år', en: '1–3 years per decision, ages 19–29' },
  },
];

export const BUILT_IN_KINDS: readonly KindDef[] = kinds.map(({ sv, en, ...rest }) => ({
  ...rest,
  label: { sv, en },
  builtIn: true,
}));

export const BUILT_IN_ACTOR_IDS: ReadonlySet<string> = new Set(BUILT_IN_ACTORS.map((a) => a.id));
export const BUILT_IN_KIND_IDS: ReadonlySet<string> = new Set(BUILT_IN_KINDS.map((k) => k.id));

/** Whether interventions of this kind are activities (section 3). */
export function isActivityKind(kind: Pick<KindDef, 'category' | 'activity'>): boolean {
  if (kind.activity !== undefined) return kind.activity;
  return kind.category !== 'program' && kind.category !== 'ersattning';
}

/** The maximums in force for an intervention of `kind` starting on `start`. */
export function ruleInForce(
  kind: KindDef,
  start: IsoDate,
  birthYear?: number,
): { maxMonthsPerDecision?: number; maxTotalMonths?: number } {
  let { maxMonthsPerDecision, maxTotalMonths } = kind;
  for (const p of kind.periods ?? []) {
    if ((p.from === undefined || start >= p.from) && (p.to === undefined || start <= p.to)) {
      if (p.maxMonthsPerDecision !== undefined) maxMonthsPerDecision = p.maxMonthsPerDecision;
      if (p.maxTotalMonths !== undefined) maxTotalMonths = p.maxTotalMonths;
    }
  }
  if (kind.youthMaxTotalMonths !== undefined && birthYear !== undefined) {
    const age = Number(start.slice(0, 4)) - birthYear;
    if (age >= 20 && age <= 24) maxTotalMonths = kind.youthMaxTotalMonths;
  }
  return { maxMonthsPerDecision, maxTotalMonths };
}

/** Whether a kind was available on a date (outside: warn, still draw). */
export function isAvailableOn(kind: KindDef, date: IsoDate): boolean {
  const a = kind.available;
  if (!a) return true;
  return (a.from === undefined || date >= a.from) && (a.to === undefined || date <= a.to);
}
