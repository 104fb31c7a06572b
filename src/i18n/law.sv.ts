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
      'Från dag 181 bedöms arbetsförmågan mot arbeten som normalt förekommer på arbetsmarknaden, socialförsäkringsbalken 27 kap. 48 §',
    rule365:
      'Från dag 366 bedöms arbetsförmågan mot arbeten som normalt förekommer på arbetsmarknaden, om det inte är oskäligt, socialförsäkringsbalken 27 kap. 49 §',
    ariaList: 'milstolpar: {{list}}',
    legend: 'Dag 90, 180 och 365 i sjukperioden (rött: inom 90 dagar)',
    csvKind: 'Sjukperiod, dag {{day}}',
  },
  holiday: {
    nyarsdagen: 'Nyårsdagen',
    trettondedagJul: 'Trettondedag jul',
    langfredagen: 'Långfredagen',
    annandagPask: 'Annandag påsk',
    forstaMaj: 'Första maj',
    kristiHimmelfardsdag: 'Kristi himmelsfärdsdag',
    annandagPingst: 'Annandag pingst',
    nationaldagen: 'Sveriges nationaldag',
    midsommarafton: 'Midsommarafton (i praktiken)',
    midsommardagen: 'Midsommardagen',
    allaHelgonsDag: 'Alla helgons dag',
    julafton: 'Julafton (i praktiken)',
    juldagen: 'Juldagen',
    annandagJul: 'Annandag jul',
    nyarsafton: 'Nyårsafton (i praktiken)',
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
