/** English: Sammanställ, continued (issue 27). Same keys as poolMore.sv.ts. */
import type { poolMoreSv } from './poolMore.sv';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const poolMoreEn: Shape<typeof poolMoreSv> = {
  overview: {
    cliffs: 'Interventions ending within {{days}} days with nothing after (interventions, not journeys)',
    milestone90: 'Sickness benefit: day 90 within {{days}} days (sickness periods, not journeys)',
    milestone180: 'Sickness benefit: day 180 within {{days}} days (sickness periods, not journeys)',
    milestone365: 'Sickness benefit: day 365 within {{days}} days (sickness periods, not journeys)',
    note: 'Figures files count cliffs and milestones, not journeys: a journey with two of them counts twice. These figures are the totals of the tables by kind and month below.',
  },
  side: {
    overviewCaption: 'The overview: each source beside the total',
    gapsCaption: 'Gaps by the kind before the gap: each source beside the total',
    gaps: '{{kind}}: gaps',
    days: '{{kind}}: days in gaps',
    gapsNone: 'No gaps in any source.',
  },
  export: {
    text: "The file holds the merged figures of {{count}} journeys from {{sources}} sources and lists the sources (label and number of journeys), so that it can be pooled with others. It holds no journey, id, reference, name, date of one person's intervention or free text.",
  },
  provenance: {
    sources: 'Merged from {{count}} sources: {{list}}',
  },
};
