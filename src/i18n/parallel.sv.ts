/**
 * Svenska: det som löper vid sidan av huvudlinjen (issue 21, docs/format.md, avsnittet "Parallel interventions"):
 * formulärets fråga, staplarnas namn, teckenförklaringen, detaljerna och tipset. (Samma nycklar i parallel.en.ts.)
 */
export const parallelSv = {
  form: {
    main: 'Huvudaktivitet',
    beside: 'Vid sidan av – räknas inte som nästa steg',
    defaultMain: '(förval: huvudaktivitet)',
    defaultBeside: '(förval: vid sidan av)',
    defaultBesideExtent: '(förval: vid sidan av, omfattning under {{limit}} %)',
    hint: 'Vid sidan av: löper bredvid en praktik, ett försteg eller ett jobb. Den fyller inga glapp, är inget nästa steg efter ett försteg och ger inget ansvar i gråzoner.',
  },
  /** Added to a bar's accessible name. */
  aria: 'vid sidan av',
  legend: 'Vid sidan av (räknas inte som nästa steg)',
  details: {
    beside: 'Vid sidan av',
    why: 'Löper vid sidan av huvudlinjen: räknas inte som nästa steg, fyller inga glapp och ger inget ansvar i gråzoner, men har sina egna maxtider.',
    makeMain: 'Räkna som huvudaktivitet',
  },
  hint: {
    heading: 'Huvudaktivitet eller vid sidan av?',
    text: '{{name}} ({{when}}) räknas som huvudaktivitet och döljer {{what}}. Löper den vid sidan av?',
    ongoing: 'pågår sedan {{from}}',
    ended: '{{from}} – {{to}}',
    planned: 'planerad från {{from}}',
    wait_one: 'en väntan efter försteg på {{days}} dagar',
    wait_other: '{{count}} väntor efter försteg på sammanlagt {{days}} dagar',
    gap_one: 'ett glapp',
    gap_other: '{{count}} glapp',
    cliff_one: 'ett slut utan fortsättning',
    cliff_other: '{{count}} slut utan fortsättning',
    and: 'och',
    makeBeside: 'Räkna som vid sidan av',
  },
  announce: {
    beside: '{{name}} räknas nu som vid sidan av.',
    main: '{{name}} räknas nu som huvudaktivitet.',
  },
};
