/**
 * Svenska: Sammanställ, fortsättning (issue 27): översiktens tal från antalen per typ och månad,
 * och sida vid sida med glapp per typ. Samma nycklar i poolMore.en.ts.
 */
export const poolMoreSv = {
  overview: {
    cliffs: 'Insatser som tar slut inom {{days}} dagar utan något efter (insatser, inte resor)',
    milestone90: 'Sjukpenning: dag 90 närmar sig inom {{days}} dagar (sjukperioder, inte resor)',
    milestone180: 'Sjukpenning: dag 180 närmar sig inom {{days}} dagar (sjukperioder, inte resor)',
    milestone365: 'Sjukpenning: dag 365 närmar sig inom {{days}} dagar (sjukperioder, inte resor)',
    note: 'Sammanställningsfilerna räknar stup och milstolpar, inte resor: en resa med två sådana räknas två gånger. Talen är summorna i tabellerna per typ och månad nedan.',
  },
  side: {
    overviewCaption: 'Översikten: varje källas tal bredvid totalen',
    gapsCaption: 'Glapp per insatstyp före glappet: varje källas tal bredvid totalen',
    gaps: '{{kind}}: glapp',
    days: '{{kind}}: dagar i glapp',
    gapsNone: 'Inga glapp i någon källa.',
  },
  export: {
    text: 'Filen innehåller de sammanlagda talen för {{count}} resor från {{sources}} källor och listar källorna (namn och antal resor), så att den kan läggas ihop med andras. Den innehåller inga resor, id, referenser, namn, datum för enskildas insatser eller fritext.',
  },
  provenance: {
    sources: 'Sammanlagd av {{count}} källor: {{list}}',
  },
};
