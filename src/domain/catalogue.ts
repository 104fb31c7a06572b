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

export const BUILT_IN_ACTORS: readonly ActorDef[] = [
  { id: 'kommun', label: { sv: 'Kommunen', en: 'Municipality' }, builtIn: true },
  { id: 'af', label: { sv: 'Arbetsförmedlingen', en: 'Public Employment Service' }, builtIn: true },
  { id: 'fk', label: { sv: 'Försäkringskassan', en: 'Social Insurance Agency' }, builtIn: true },
  { id: 'region', label: { sv: 'Regionen (hälso- och sjukvård)', en: 'Region (health care)' }, builtIn: true },
  { id: 'samordningsforbund', label: { sv: 'Samordningsförbundet', en: 'Coordination association' }, builtIn: true },
  { id: 'arbetsgivare', label: { sv: 'Arbetsgivare', en: 'Employer' }, builtIn: true },
  {
    id: 'leverantor',
    label: { sv: 'Leverantör (på uppdrag av AF)', en: 'Provider (commissioned by AF)' },
    builtIn: true,
  },
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
      sv: 'Lokal insats inom finansiell samordning (lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser); ingen nationell längsta tid. "Försteg" är ett lokalt ord för en förberedande insats, inte ett begrepp i lag',
      en: 'Local measure under financial coordination (lagen (2003:1210) on financial coordination of rehabilitation measures); no national maximum. "Försteg" (pre-step) is a local word for a preparatory measure, not a statutory term',
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
      sv: 'Förordningen (2000:634) om arbetsmarknadspolitiska program, 7 §: högst sex månader per beslut/anvisning',
      en: 'Förordningen (2000:634) on labour-market programmes, 7 §: at most six months per decision/referral',
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
      sv: 'Förordningen (2000:634) om arbetsmarknadspolitiska program, 7 §: högst sex månader per beslut/anvisning (den äldre 12-veckorsgränsen i 30 § gäller inte längre)',
      en: 'Förordningen (2000:634) on labour-market programmes, 7 §: at most six months per decision/referral (the old 12-week limit of 30 § is gone)',
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
      sv: 'Arbetsförmedlingens upphandlade tjänst: längsta tiden står i upphandlingens villkor, inte i lag (förordningen (2000:634) om arbetsmarknadspolitiska program)',
      en: "Arbetsförmedlingen's procured service: the longest time is in the procurement's terms, not in law (förordningen (2000:634) on labour-market programmes)",
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
      sv: 'Arbetsförmedlingens tjänst i ett valfrihetssystem (lagen (2008:962) om valfrihetssystem, LOV): längsta tiden står i villkoren för tjänsten',
      en: "Arbetsförmedlingen's service in a free-choice system (lagen (2008:962) on free-choice systems, LOV): the longest time is in the service's terms",
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
      sv: 'Arbetsförmedlingens tjänst i ett valfrihetssystem 2014–2021 (lagen (2008:962) om valfrihetssystem; ersatt av Rusta och matcha): längsta tiden stod i villkoren för tjänsten',
      en: "Arbetsförmedlingen's service in a free-choice system 2014–2021 (lagen (2008:962) on free-choice systems; replaced by Prepare and match): the longest time was in the service's terms",
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
      sv: 'Förordningen (2000:634) om arbetsmarknadspolitiska program, 7 §: högst sex månader per beslut/anvisning (tre inom jobbgarantin för ungdomar)',
      en: 'Förordningen (2000:634) on labour-market programmes, 7 §: at most six months per decision/referral (three inside the youth job guarantee)',
    },
  },
  {
    id: 'arbetstraning',
    sv: 'Arbetsträning',
    en: 'Work training',
    category: 'praktik',
    defaultActor: 'af',
    maxMonthsPerDecision: 6,
    source: {
      sv: 'Förordningen (2000:634) om arbetsmarknadspolitiska program, 7 §: högst sex månader per beslut/anvisning; förordningen anger ingen längsta tid totalt',
      en: 'Förordningen (2000:634) on labour-market programmes, 7 §: at most six months per decision/referral; the förordning sets no longest time in total',
    },
  },
  {
    id: 'kommunal-insats',
    sv: 'Kommunal arbetsmarknadsinsats',
    en: 'Municipal labour-market measure',
    category: 'praktik',
    defaultActor: 'kommun',
    source: {
      sv: 'Kommunens eget beslut (kommunallagen (2017:725), 2 kap. 1 §); ingen nationell längsta tid',
      en: "The municipality's own decision (kommunallagen (2017:725), ch. 2 § 1); no national maximum",
    },
  },
  {
    id: 'arbetsmarknadsutbildning',
    sv: 'Arbetsmarknadsutbildning',
    en: 'Labour-market training',
    category: 'utbildning',
    defaultActor: 'af',
    source: {
      sv: 'Förordningen (2000:634) om arbetsmarknadspolitiska program; pågår tills målet är nått',
      en: 'Förordningen (2000:634) on labour-market programmes; lasts until the goal is reached',
    },
  },
  {
    id: 'sfi',
    sv: 'sfi – svenska för invandrare',
    en: 'sfi – Swedish for immigrants',
    category: 'utbildning',
    defaultActor: 'kommun',
    maxTotalMonths: 36,
    parallelBelowExtent: 50,
    countsFrom: { firstOfKind: true, notBefore: '2026-01-01' },
    beyondLimit: {
      sv: 'förlängning kräver beslut (skollagen 20 kap.)',
      en: 'an extension needs a decision (skollagen ch. 20)',
    },
    source: {
      sv: 'Skollagen (2010:800) 20 kap. i lydelse enligt prop. 2025/26:10: rätten till sfi gäller tre år från första antagning, för den som antogs tidigare tre år från 2026-01-01; förlängning kräver beslut',
      en: 'Skollagen (2010:800) ch. 20 as amended by prop. 2025/26:10: the right to sfi lasts three years from first admission, for those admitted earlier three years from 2026-01-01; an extension needs a decision',
    },
  },
  {
    id: 'komvux',
    sv: 'Komvux',
    en: 'Municipal adult education',
    category: 'utbildning',
    defaultActor: 'kommun',
    source: { sv: 'Skollagen (2010:800), 20 kap.', en: 'Skollagen (2010:800), ch. 20' },
  },
  {
    id: 'folkhogskola',
    sv: 'Folkhögskola',
    en: 'Folk high school',
    category: 'utbildning',
    defaultActor: 'utbildningsanordnare',
    source: {
      sv: 'Förordningen (2015:218) om statsbidrag till folkbildningen',
      en: 'Förordningen (2015:218) on grants to adult education',
    },
  },
  {
    id: 'sprakstod',
    sv: 'Språkstöd (språkutvecklare)',
    en: 'Language support',
    category: 'utbildning',
    defaultActor: 'kommun',
    parallel: true,
    source: {
      sv: 'Kommunens eget stöd; löper vid sidan av ett arbete och räknas inte som nästa steg',
      en: "The municipality's own support; runs beside a job and does not count as a next step",
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
    earlierTimeCounts: true,
    review: {
      afterMonths: 12,
      note: {
        sv: 'kräver individuell bedömning av behovet av mer tid i anställningen (förordningen (2018:42) om särskilt anställningsstöd, 10 §)',
        en: 'requires an individual assessment of the need for more time in the employment (förordningen (2018:42) on special employment support, 10 §)',
      },
    },
    source: {
      sv: 'Förordningen (2018:42) om särskilt anställningsstöd, 10–11 §§: 12 månader per beslut, längre endast efter individuell bedömning, längsta tid 24 månader; tidigare tid med stödet räknas in (11 §); 36 för beslut 2020-05-01–2021-12-31 (SFS 2020:224)',
      en: 'Förordningen (2018:42) on special employment support, 10–11 §§: 12 months per decision, longer only after an individual assessment, at most 24 months; earlier time with the support counts (11 §); 36 for decisions 2020-05-01–2021-12-31 (SFS 2020:224)',
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
      sv: 'Förordningen (2018:43) om stöd för nystartsjobb, 11–13 och 28 §§: 12 månader per beslut, längsta tid 24; högst 12 för den som är 20–24 år vid start',
      en: 'Förordningen (2018:43) on support for new start jobs, 11–13 and 28 §§: 12 months per decision, at most 24; at most 12 for those aged 20–24 at start',
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
      sv: 'Förordningen (2022:807) om stöd för etableringsjobb: anställning i högst två år, från 2024-01-01',
      en: 'Förordningen (2022:807) on support for establishment jobs: employment for at most two years, from 2024-01-01',
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
      sv: 'Förordningen (2018:42) om särskilt anställningsstöd, 10 §: 12 månader per beslut, längsta tid 24; 36 för beslut 2020-05-01–2021-12-31 (SFS 2020:224); inga nya beslut från 2022-01-01',
      en: 'Förordningen (2018:42) on special employment support, 10 §: 12 months per decision, at most 24; 36 for decisions 2020-05-01–2021-12-31 (SFS 2020:224); no new decisions from 2022-01-01',
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
      sv: 'Förordningen (2017:462) om särskilda insatser för personer med funktionsnedsättning som medför nedsatt arbetsförmåga, 27 §: högst 12 månader per beslut, längsta tid 24 månader; från 2017-07-01',
      en: 'Förordningen (2017:462) on special measures for people with a disability that reduces their work capacity, 27 §: at most 12 months per decision, at most 24 months; from 2017-07-01',
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
      sv: 'Förordningen (2017:462) om särskilda insatser för personer med funktionsnedsättning som medför nedsatt arbetsförmåga, 35 §: högst fyra år per beslut',
      en: 'Förordningen (2017:462) on special measures for people with a disability that reduces their work capacity, 35 §: at most four years per decision',
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
    totalUnconfirmed: true,
    source: {
      sv: 'Förordningen (2017:462) om särskilda insatser för personer med funktionsnedsättning som medför nedsatt arbetsförmåga, 31 §: högst fyra år åt gången; längsta tiden totalt (åtta år) är inte bekräftad i en källa',
      en: 'Förordningen (2017:462) on special measures for people with a disability that reduces their work capacity, 31 §: at most four years at a time; the total (eight years) is not confirmed by a source',
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
        sv: 'kräver särskilda skäl (förordningen (2003:623) om arbetsplatsintroduktion, 5 §)',
        en: 'requires special reasons (förordningen (2003:623) on workplace introduction, 5 §)',
      },
    },
    beyondLimit: {
      sv: 'kräver särskilda skäl (förordningen (2003:623) om arbetsplatsintroduktion, 5 §)',
      en: 'requires special reasons (förordningen (2003:623) on workplace introduction, 5 §)',
    },
    source: {
      sv: 'Förordningen (2003:623) om arbetsplatsintroduktion, 1, 2 och 5 §§ (Svenska Kommunförbundets cirkulär 2003:104): stöd av en särskilt utbildad arbetsförmedlare före eller i början av en anställning, från 2003-09-01 (försök till 2005-12-31, permanent genom SFS 2006:1558); högst sex månader, längre endast av särskilda skäl. Att stödet trappas ned är IFAU:s beskrivning (rapport 2006:6), inte förordningens',
      en: "Förordningen (2003:623) on workplace introduction, 1, 2 and 5 §§ (Svenska Kommunförbundet circular 2003:104): support from a specially trained employment officer before or at the start of an employment, from 2003-09-01 (a trial to 2005-12-31, made permanent by SFS 2006:1558); at most six months, longer only for special reasons. That the support tapers off is IFAU's description (report 2006:6), not the förordning's",
    },
  },
  {
    id: 'anstallning',
    sv: 'Anställning utan stöd',
    en: 'Unsubsidised employment',
    category: 'anstallning',
    defaultActor: 'arbetsgivare',
    source: {
      sv: 'Vanlig anställning (lagen (1982:80) om anställningsskydd)',
      en: 'Ordinary employment (lagen (1982:80) on employment protection)',
    },
  },
  {
    id: 'steg-till-arbete',
    sv: 'Steg till arbete',
    en: 'Steps to work',
    category: 'rehabilitering',
    defaultActor: 'leverantor',
    source: {
      sv: 'Upphandlad tjänst hos Arbetsförmedlingen (förordningen (2000:634) om arbetsmarknadspolitiska program)',
      en: "Arbetsförmedlingen's procured service (förordningen (2000:634) on labour-market programmes)",
    },
  },
  {
    id: 'rehabilitering',
    sv: 'Rehabilitering',
    en: 'Rehabilitation',
    category: 'rehabilitering',
    defaultActor: 'region',
    source: { sv: 'Hälso- och sjukvårdslagen (2017:30)', en: 'Hälso- och sjukvårdslagen (2017:30) (health care act)' },
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
      sv: 'Förordningen (2017:820) om vissa nyanlända invandrares etablering, 15 §: högst 24 månader; programmet upphör senast 36 månader efter första folkbokföringen (tid med föräldrapenning kan räknas till, finns inte i filformatet); ingen anvisning under hel sjukpenning (5 §)',
      en: 'Förordningen (2017:820) on the establishment of certain newly arrived immigrants, 15 §: at most 24 months; the programme ends at the latest 36 months after the first population registration (parental leave can be made up, not in the file format); no referral while on full sickness benefit (5 §)',
    },
  },
  {
    id: 'jobb-och-utvecklingsgarantin',
    sv: 'Jobb- och utvecklingsgarantin',
    en: 'Job and development guarantee',
    category: 'program',
    defaultActor: 'af',
    source: {
      sv: 'Förordningen (2007:414) om jobb- och utvecklingsgarantin; ingen längsta tid (faserna avskaffades 2016-02-01)',
      en: 'Förordningen (2007:414) on the job and development guarantee; no maximum (the phases were abolished 2016-02-01)',
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
      sv: 'Förordningen (2007:813) om jobbgaranti för ungdomar, 5 och 10 §§: 16–24 år, skrivs ut efter högst 15 månader (sedan jobb- och utvecklingsgarantin)',
      en: 'Förordningen (2007:813) on the youth job guarantee, 5 and 10 §§: ages 16–24, written out after at most 15 months (then the job and development guarantee)',
    },
  },
  {
    id: 'ekonomiskt-bistand',
    sv: 'Ekonomiskt bistånd',
    en: 'Financial assistance',
    category: 'ersattning',
    defaultActor: 'kommun',
    source: {
      sv: 'Socialtjänstlagen (2025:400), i kraft från 2025-07-01 (före: 2001:453); beslutas för en period i taget, i praktiken månad för månad',
      en: 'Socialtjänstlagen (2025:400) (social services act), in force from 2025-07-01 (before: 2001:453); decided for a period at a time, in practice month by month',
    },
  },
  {
    id: 'sjukpenning',
    sv: 'Sjukpenning',
    en: 'Sickness benefit',
    category: 'ersattning',
    defaultActor: 'fk',
    source: {
      sv: 'Socialförsäkringsbalken 27 kap. 46–51 §§: rehabiliteringskedjan räknar kalenderdagar i sjukperioden (arbetsgivarens sjuklönedagar medräknade); prövning efter dag 90 och 180 för den som har en anställning, med undantagen i 48 §; utan anställning prövas arbetsförmågan mot arbeten som normalt förekommer på arbetsmarknaden från första dagen (46 §); sjukperioder med färre än 90 dagar emellan läggs samman (51 §)',
      en: "Socialförsäkringsbalken ch. 27 §§ 46–51: the rehabilitation chain counts calendar days of sickness (the employer's sick-pay days included); reviews after days 90 and 180 for a person with an employment, with the exceptions of § 48; without an employment the work capacity is judged against work normally found on the labour market from the first day (§ 46); sickness periods less than 90 days apart are joined (§ 51)",
    },
  },
  {
    id: 'aktivitetsersattning',
    sv: 'Aktivitetsersättning',
    en: 'Activity compensation',
    category: 'ersattning',
    defaultActor: 'fk',
    maxMonthsPerDecision: 36,
    untilAge: 30,
    source: {
      sv: 'Socialförsäkringsbalken 33 kap.: högst tre år per beslut, från juli det år man fyller 19 till och med månaden innan man fyller 30; med bara födelseåret känt: senast 30 november det år man fyller 30',
      en: 'Socialförsäkringsbalken ch. 33: at most three years per decision, from July of the year one turns 19 up to the month before one turns 30; with only the birth year known: at the latest 30 November of the year one turns 30',
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
