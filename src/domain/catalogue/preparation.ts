/** The first steps, matching and work practice (categories forsteg, matchning, praktik). */
import type { KindEntry } from './types';

export const PREPARATION_KINDS: KindEntry[] = [
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
];
