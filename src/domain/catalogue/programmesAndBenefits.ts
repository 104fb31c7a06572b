/** Rehabilitation, the programmes and the benefits (categories rehabilitering, program, ersattning). */
import type { KindEntry } from './types';

export const PROGRAMME_AND_BENEFIT_KINDS: KindEntry[] = [
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
