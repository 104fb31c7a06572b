/**
 * The built-in catalogue: actors and intervention kinds with their statutory rules and
 * sources, from shared/domain-rules.md (the law as it stands in 2026). Labels here are the
 * catalogue's own data (Swedish and English); the UI shows them in the chosen language.
 *
 * This is the one place a rule lives. A change in the law is a change to one entry below
 * (its maximums, `periods`, `review`, `countsFrom` and `source`); the analysis, the details,
 * the form's kind picker and the "Regler och källor" page all read it from here.
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

const SFS_2020_224: Label = {
  sv: 'SFS 2020:224: högst 36 månader för beslut 2020-05-01–2021-12-31 (24 igen genom SFS 2020:225)',
  en: 'SFS 2020:224: at most 36 months for decisions 2020-05-01–2021-12-31 (back to 24 by SFS 2020:225)',
};
/** The temporary 36 months: a start, or an extension decided, inside the window (SFS 2020:224). */
const THIRTY_SIX_MONTHS: RulePeriod = {
  from: '2020-05-01',
  to: '2021-12-31',
  maxTotalMonths: 36,
  byDecision: true,
  source: SFS_2020_224,
};

const kinds: K[] = [
  {
    id: 'forsteg',
    sv: 'Försteg',
    en: 'Pre-step',
    category: 'forsteg',
    defaultActor: 'samordningsforbund',
    source: {
      sv: 'Lokal insats inom finansiell samordning (lag 2003:1210); inget nationellt tak',
      en: 'Local measure under financial coordination (lag 2003:1210); no national maximum',
    },
  },
  {
    id: 'forberedande-insats',
    sv: 'Förberedande insats',
    en: 'Preparatory measure',
    category: 'forsteg',
    defaultActor: 'af',
    maxMonthsPerDecision: 6,
    source: {
      sv: 'Förordning 2000:634 om arbetsmarknadspolitiska program, 7 §',
      en: 'Förordning 2000:634 on labour-market programmes, 7 §',
    },
  },
  {
    id: 'kartlaggning',
    sv: 'Fördjupad kartläggning',
    en: 'In-depth assessment',
    category: 'forsteg',
    defaultActor: 'af',
    maxMonthsPerDecision: 6,
    source: {
      sv: 'Förordning 2000:634, 7 §: högst sex månader per anvisning (den äldre 12-veckorsgränsen i 30 § gäller inte längre)',
      en: 'Förordning 2000:634, 7 §: at most six months per referral (the old 12-week limit of 30 § is gone)',
    },
  },
  {
    id: 'introduktion-till-arbete',
    sv: 'Introduktion till arbete',
    en: 'Introduction to work',
    category: 'forsteg',
    defaultActor: 'leverantor',
    maxMonthsPerDecision: 6,
    maxTotalMonths: 12,
    source: {
      sv: 'Arbetsförmedlingens upphandlade tjänst: taken står i upphandlingens villkor, inte i lag (förordning 2000:634)',
      en: "Arbetsförmedlingen's procured service: the maximums are the procurement's terms, not law (förordning 2000:634)",
    },
  },
  {
    id: 'rusta-och-matcha',
    sv: 'Rusta och matcha',
    en: 'Prepare and match',
    category: 'matchning',
    defaultActor: 'leverantor',
    maxMonthsPerDecision: 6,
    maxTotalMonths: 12,
    source: {
      sv: 'Arbetsförmedlingens upphandlade tjänst (lag 2008:962 om valfrihetssystem): taken står i upphandlingens villkor',
      en: "Arbetsförmedlingen's procured service (lag 2008:962 on free-choice systems): the maximums are the procurement's terms",
    },
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
    source: {
      sv: 'Arbetsförmedlingens upphandlade tjänst 2014–2021 (ersatt av Rusta och matcha): taken stod i upphandlingens villkor',
      en: "Arbetsförmedlingen's procured service 2014–2021 (replaced by Prepare and match): the maximums were the procurement's terms",
    },
  },
  {
    id: 'arbetspraktik',
    sv: 'Arbetspraktik',
    en: 'Work experience placement',
    category: 'praktik',
    defaultActor: 'af',
    maxMonthsPerDecision: 6,
    source: {
      sv: 'Förordning 2000:634, 7 §: varje anvisning högst sex månader (tre inom jobbgarantin för ungdomar)',
      en: 'Förordning 2000:634, 7 §: each referral at most six months (three inside the youth job guarantee)',
    },
  },
  {
    id: 'arbetstraning',
    sv: 'Arbetsträning',
    en: 'Work training',
    category: 'praktik',
    defaultActor: 'af',
    maxMonthsPerDecision: 6,
    maxTotalMonths: 12,
    source: { sv: 'Förordning 2000:634, 7 §', en: 'Förordning 2000:634, 7 §' },
  },
  {
    id: 'kommunal-insats',
    sv: 'Kommunal arbetsmarknadsinsats',
    en: 'Municipal labour-market measure',
    category: 'praktik',
    defaultActor: 'kommun',
    source: {
      sv: 'Kommunens eget beslut (kommunallagen 2017:725, 2 kap. 1 §); inget nationellt tak',
      en: "The municipality's own decision (kommunallagen 2017:725, ch. 2 § 1); no national maximum",
    },
  },
  {
    id: 'arbetsmarknadsutbildning',
    sv: 'Arbetsmarknadsutbildning',
    en: 'Labour-market training',
    category: 'utbildning',
    defaultActor: 'af',
    source: {
      sv: 'Förordning 2000:634; pågår tills målet är nått',
      en: 'Förordning 2000:634; lasts until the goal is reached',
    },
  },
  {
    id: 'sfi',
    sv: 'SFI – svenska för invandrare',
    en: 'SFI – Swedish for immigrants',
    category: 'utbildning',
    defaultActor: 'kommun',
    maxTotalMonths: 36,
    countsFrom: { firstOfKind: true, notBefore: '2026-01-01' },
    beyondLimit: {
      sv: 'förlängning kräver beslut (skollagen 20 kap.)',
      en: 'an extension needs a decision (skollagen ch. 20)',
    },
    source: {
      sv: 'Rätten till sfi: tre år från första antagning, skollagen 20 kap. (prop. 2025/26:10); för den som antogs tidigare tre år från 2026-01-01; förlängning kräver beslut',
      en: 'The right to sfi: three years from first admission, skollagen ch. 20 (prop. 2025/26:10); for those admitted earlier three years from 2026-01-01; an extension needs a decision',
    },
  },
  {
    id: 'komvux',
    sv: 'Komvux',
    en: 'Municipal adult education',
    category: 'utbildning',
    defaultActor: 'kommun',
    source: { sv: 'Skollagen 2010:800, 20 kap.', en: 'Skollagen 2010:800, ch. 20' },
  },
  {
    id: 'folkhogskola',
    sv: 'Folkhögskola',
    en: 'Folk high school',
    category: 'utbildning',
    defaultActor: 'utbildningsanordnare',
    source: {
      sv: 'Förordning 2015:218 om statsbidrag till folkbildningen',
      en: 'Förordning 2015:218 on adult education grants',
    },
  },
  {
    id: 'sprakstod',
    sv: 'Språkstöd (språkutvecklare)',
    en: 'Language support',
    category: 'utbildning',
    defaultActor: 'kommun',
    source: {
      sv: 'Kommunens eget stöd; löper bredvid ett arbete',
      en: "The municipality's own support; runs beside a job",
    },
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
    periods: [THIRTY_SIX_MONTHS],
    review: {
      afterMonths: 12,
      note: {
        sv: 'kräver individuell bedömning (förordning 2018:42 10 §)',
        en: 'requires an individual assessment (förordning 2018:42 10 §)',
      },
    },
    source: {
      sv: 'Förordning 2018:42 om särskilt anställningsstöd, 10 §: 12 månader per beslut, längre endast efter individuell bedömning, högst 24 månader; 36 för beslut 2020-05-01–2021-12-31 (SFS 2020:224)',
      en: 'Förordning 2018:42 on special employment support, 10 §: 12 months per decision, longer only after an individual assessment, at most 24 months; 36 for decisions 2020-05-01–2021-12-31 (SFS 2020:224)',
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
      sv: 'Förordning 2018:43 om stöd för nystartsjobb, 11–13 och 28 §§: 12 månader per beslut, högst 24; högst 12 för den som är 20–24 år vid start',
      en: 'Förordning 2018:43 on new start jobs, 11–13 and 28 §§: 12 months per decision, at most 24; at most 12 for those aged 20–24 at start',
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
    source: {
      sv: 'Förordning 2022:807 om stöd för etableringsjobb: anställning i högst två år, från 2024-01-01',
      en: 'Förordning 2022:807 on establishment jobs: employment for at most two years, from 2024-01-01',
    },
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
    periods: [THIRTY_SIX_MONTHS],
    source: {
      sv: 'Förordning 2018:42, 10 §: 12 månader per beslut, högst 24; 36 för beslut 2020-05-01–2021-12-31 (SFS 2020:224); inga nya beslut från 2022-01-01',
      en: 'Förordning 2018:42, 10 §: 12 months per decision, at most 24; 36 for decisions 2020-05-01–2021-12-31 (SFS 2020:224); no new decisions from 2022-01-01',
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
    available: { from: '2017-07-01' },
    source: {
      sv: 'Förordning 2017:462, 27 §: högst 12 månader per beslut, högst 24 månader; från 2017-07-01',
      en: 'Förordning 2017:462, 27 §: at most 12 months per decision, at most 24 months; from 2017-07-01',
    },
  },
  {
    id: 'lonebidrag-trygghet',
    sv: 'Lönebidrag för trygghet i anställning',
    en: 'Wage subsidy for security in employment',
    category: 'anstallning',
    defaultActor: 'af',
    maxMonthsPerDecision: 48,
    source: {
      sv: 'Förordning 2017:462, 35 §: högst fyra år per beslut',
      en: 'Förordning 2017:462, 35 §: at most four years per decision',
    },
  },
  {
    id: 'lonebidrag',
    sv: 'Lönebidrag för anställning',
    en: 'Wage subsidy for employment',
    category: 'anstallning',
    defaultActor: 'af',
    maxMonthsPerDecision: 48,
    maxTotalMonths: 96,
    source: {
      sv: 'Förordning 2017:462, 31 §: högst fyra år åt gången, högst åtta år totalt',
      en: 'Förordning 2017:462, 31 §: at most four years at a time, eight years in total',
    },
  },
  {
    id: 'arbetsplatsintroduktion',
    sv: 'Arbetsplatsintroduktion',
    en: 'Workplace introduction',
    category: 'anstallning',
    defaultActor: 'af',
    maxMonthsPerDecision: 6,
    maxTotalMonths: 6,
    available: { from: '2003-09-01' },
    review: {
      afterMonths: 6,
      note: {
        sv: 'kräver särskilda skäl (förordning 2003:623 5 §)',
        en: 'requires special reasons (förordning 2003:623 5 §)',
      },
    },
    beyondLimit: {
      sv: 'kräver särskilda skäl (förordning 2003:623 5 §)',
      en: 'requires special reasons (förordning 2003:623 5 §)',
    },
    source: {
      sv: 'Förordning 2003:623, 1, 2 och 5 §§ (SKL cirkulär 2003:104): från 2003-09-01 (försök till 2005-12-31, permanent genom SFS 2006:1558); högst sex månader, längre endast av särskilda skäl; stödet trappas ned',
      en: 'Förordning 2003:623, 1, 2 and 5 §§ (SKL circular 2003:104): from 2003-09-01 (a trial to 2005-12-31, made permanent by SFS 2006:1558); at most six months, longer only for special reasons; the support tapers off',
    },
  },
  {
    id: 'anstallning',
    sv: 'Anställning utan stöd',
    en: 'Unsubsidised employment',
    category: 'anstallning',
    defaultActor: 'arbetsgivare',
    source: {
      sv: 'Vanlig anställning (lag 1982:80 om anställningsskydd)',
      en: 'Ordinary employment (lag 1982:80 on employment protection)',
    },
  },
  {
    id: 'steg-till-arbete',
    sv: 'Steg till arbete',
    en: 'Steps to work',
    category: 'rehabilitering',
    defaultActor: 'leverantor',
    source: {
      sv: 'Upphandlad tjänst hos Arbetsförmedlingen (förordning 2000:634)',
      en: "Arbetsförmedlingen's procured service (förordning 2000:634)",
    },
  },
  {
    id: 'rehabilitering',
    sv: 'Rehabilitering',
    en: 'Rehabilitation',
    category: 'rehabilitering',
    defaultActor: 'region',
    source: { sv: 'Hälso- och sjukvårdslagen 2017:30', en: 'Hälso- och sjukvårdslagen 2017:30 (health care act)' },
  },
  {
    id: 'etableringsprogrammet',
    sv: 'Etableringsprogrammet',
    en: 'Introduction programme',
    category: 'program',
    defaultActor: 'af',
    maxMonthsPerDecision: 24,
    maxTotalMonths: 24,
    source: {
      sv: 'Förordning 2017:820 om etableringsinsatser, 15 §: högst 24 månader; från 2026-01-01 också högst 36 månader från första folkbokföring (finns inte i filformatet)',
      en: 'Förordning 2017:820 on establishment measures, 15 §: at most 24 months; from 2026-01-01 also at most 36 months from first population registration (not in the file format)',
    },
  },
  {
    id: 'jobb-och-utvecklingsgarantin',
    sv: 'Jobb- och utvecklingsgarantin',
    en: 'Job and development guarantee',
    category: 'program',
    defaultActor: 'af',
    source: {
      sv: 'Förordning 2007:414; inget tak (faserna avskaffades 2016-02-01)',
      en: 'Förordning 2007:414; no maximum (the phases were abolished 2016-02-01)',
    },
  },
  {
    id: 'jobbgarantin-for-ungdomar',
    sv: 'Jobbgarantin för ungdomar',
    en: 'Youth job guarantee',
    category: 'program',
    defaultActor: 'af',
    maxTotalMonths: 15,
    source: {
      sv: 'Förordning 2007:813, 5 och 10 §§: 16–24 år, skrivs ut efter högst 15 månader (sedan jobb- och utvecklingsgarantin)',
      en: 'Förordning 2007:813, 5 and 10 §§: ages 16–24, written out after at most 15 months (then the job and development guarantee)',
    },
  },
  {
    id: 'ekonomiskt-bistand',
    sv: 'Ekonomiskt bistånd',
    en: 'Financial assistance',
    category: 'ersattning',
    defaultActor: 'kommun',
    source: {
      sv: 'Socialtjänstlagen; beslutas månad för månad',
      en: 'Socialtjänstlagen (social services act); decided month by month',
    },
  },
  {
    id: 'sjukpenning',
    sv: 'Sjukpenning',
    en: 'Sickness benefit',
    category: 'ersattning',
    defaultActor: 'fk',
    source: {
      sv: 'Socialförsäkringsbalken 27 kap. 46–51 §§: rehabiliteringskedjan med prövning efter dag 90, 180 och 365 i sjukperioden',
      en: 'Socialförsäkringsbalken ch. 27 §§ 46–51: the rehabilitation chain, with reviews after days 90, 180 and 365 of the sickness period',
    },
  },
  {
    id: 'aktivitetsersattning',
    sv: 'Aktivitetsersättning',
    en: 'Activity compensation',
    category: 'ersattning',
    defaultActor: 'fk',
    maxMonthsPerDecision: 36,
    source: {
      sv: 'Socialförsäkringsbalken 33 kap. 18–19 §§: högst tre år per beslut, från juli det år man fyller 19 till månaden innan man fyller 30',
      en: 'Socialförsäkringsbalken ch. 33 §§ 18–19: at most three years per decision, from July of the year one turns 19 until the month before one turns 30',
    },
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

const inPeriod = (p: RulePeriod, day: IsoDate) =>
  (p.from === undefined || day >= p.from) && (p.to === undefined || day <= p.to);

/**
 * The maximums in force for an intervention of `kind` starting on `start`: the period valid
 * on `start`, or a `byDecision` period in which one of `decidedOn` lies (section 3).
 */
export function ruleInForce(
  kind: KindDef,
  start: IsoDate,
  birthYear?: number,
  decidedOn: readonly (IsoDate | undefined)[] = [],
): { maxMonthsPerDecision?: number; maxTotalMonths?: number } {
  let { maxMonthsPerDecision, maxTotalMonths } = kind;
  for (const p of kind.periods ?? []) {
    if (inPeriod(p, start) || (p.byDecision && decidedOn.some((d) => d !== undefined && inPeriod(p, d)))) {
      if (p.maxMonthsPerDecision !== undefined) maxMonthsPerDecision = p.maxMonthsPerDecision;
      if (p.maxTotalMonths !== undefined) maxTotalMonths = p.maxTotalMonths;
    }
  }
  if (kind.youthMaxTotalMonths !== undefined && birthYear !== undefined) {
    const age = Number(start.slice(0, 4)) - birthYear;
    if (age >= YOUTH_AGE.from && age <= YOUTH_AGE.to) maxTotalMonths = kind.youthMaxTotalMonths;
  }
  return { maxMonthsPerDecision, maxTotalMonths };
}

/** Ages (start year − birthYear) that get a kind's youth maximum: 20–24 (förordning 2018:43). */
export const YOUTH_AGE = { from: 20, to: 24 } as const;

/**
 * With only a birth year, the actual age at start is one of two: start year − birthYear or
 * one less. At 20 and 25 the youth rule may go either way (the app warns: `ageUncertain`).
 */
export function youthAgeUncertain(kind: KindDef, start: IsoDate, birthYear: number | undefined): boolean {
  if (kind.youthMaxTotalMonths === undefined || birthYear === undefined) return false;
  const age = Number(start.slice(0, 4)) - birthYear;
  return age === YOUTH_AGE.from || age === YOUTH_AGE.to + 1;
}

/** Whether a kind was available on a date (outside: warn, still draw). */
export function isAvailableOn(kind: KindDef, date: IsoDate): boolean {
  const a = kind.available;
  if (!a) return true;
  return (a.from === undefined || date >= a.from) && (a.to === undefined || date <= a.to);
}
