/** Employments with support and without (category anstallning), and the temporary 36 months of 2020–2021. */
import type { KindEntry, Label, RulePeriod } from './types';

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

export const EMPLOYMENT_KINDS: KindEntry[] = [
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
];
