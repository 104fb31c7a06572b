/** Svenska: sjukperiodens milstolpar, regeltexter och sidan "Regler och källor". (Samma nycklar i law.en.ts.) */
export const lawSv = {
  milestone: {
    tick: 'dag {{day}}',
    tickTitle: 'Dag {{day}} i sjukperioden: {{date}}',
    heading: 'Rehabiliteringskedjan',
    item: 'Dag {{day}}: {{date}}',
    passed: 'passerad',
    inDays: 'om {{count}} dagar',
    inDays_one: 'om {{count}} dag',
    today: 'i dag',
    upcoming: 'Dag {{day}} i sjukperioden om {{count}} dagar',
    upcoming_one: 'Dag {{day}} i sjukperioden om {{count}} dag',
    upcomingToday: 'Dag {{day}} i sjukperioden är i dag',
    upcomingDetail: '{{date}}, {{name}}',
    rule90:
      'Från dag 91 bedöms arbetsförmågan också mot annat arbete hos arbetsgivaren, socialförsäkringsbalken 27 kap. 47 §',
    rule180:
      'Från dag 181 bedöms arbetsförmågan mot arbeten som normalt förekommer på arbetsmarknaden, utom när det är sannolikt att personen kan gå tillbaka till arbete hos arbetsgivaren inom ett år, eller när det finns särskilda skäl, bland annat allvarlig sjukdom, att anta att personen kan gå tillbaka dit före dag 550, socialförsäkringsbalken 27 kap. 48 §',
    rule365:
      'Från dag 366 bedöms arbetsförmågan mot arbeten som normalt förekommer på arbetsmarknaden, om det inte är oskäligt, socialförsäkringsbalken 27 kap. 49 §',
    employedNote:
      'Anställd när sjukperioden började: stegen i rehabiliteringskedjan gäller (socialförsäkringsbalken 27 kap. 46–49 §§).',
    unemployed:
      'Ingen anställning när sjukperioden började: arbetsförmågan prövas mot arbeten som normalt förekommer på arbetsmarknaden från första dagen (SFB 27 kap. 46 §). Dag 90 och 180 är här bara dagmärken.',
    joined:
      'Dagarna är kalenderdagar i sjukperioden; sjukperioder med färre än 90 dagar emellan läggs samman (SFB 27 kap. 51 §).',
    plainItem: 'Dag {{day}}: {{date}}, dagmärke',
    tickTitlePlain: 'Dag {{day}} i sjukperioden: {{date}} (dagmärke: ingen anställning när sjukperioden började)',
    ariaList: 'milstolpar: {{list}}',
    legend:
      'Dag 90, 180 och 365 i en sjukperiod med anställning: steg i rehabiliteringskedjan (heldragen linje genom stapeln; rött och tjockare: inom 90 dagar)',
    legendPlain:
      'Dag 90, 180 och 365 i en sjukperiod utan anställning: bara dagmärke (tunn prickad linje inom stapeln)',
    csvKind: 'Sjukperiod, dag {{day}}',
  },
  review: '{{name}}: längre än {{months}} månader {{note}}',
  beyondLimit: '{{name}}: efter {{limit}} {{note}}',
  rulesLink: 'Regler och källor',
  rulesLinkFor: 'Regler och källor för {{kind}}',
  // The rest of page loads with its page (rulesPage.sv.ts).
  page: {
    review: 'längre än {{months}} mån {{note}}',
  },
};
