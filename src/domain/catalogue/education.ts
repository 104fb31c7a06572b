/** Education: labour-market training, sfi, komvux, folkhögskola, language support (category utbildning). */
import type { KindEntry } from './types';

export const EDUCATION_KINDS: KindEntry[] = [
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
];
