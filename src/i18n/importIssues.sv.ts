/**
 * Svenska: opening files (the import report) and every problem a journey file can have, with
 * its place and value. (Same keys in importIssues.en.ts.)
 */
import { hostileIssuesSv } from './hostile.sv';

export const importSv = {
  opened: '{{count}} resor öppnades.',
  someFailed: 'Filer som inte kunde öppnas ändrade ingenting.',
  failed: 'Filen {{file}} kunde inte öppnas',
  failedHint: 'Inget har ändrats. Rätta felen nedan och försök igen.',
  warnings: 'Filen {{file}} öppnades med anmärkningar',
  dismiss: 'Stäng',
  wholeFile: 'filen',
  reading: 'Läser {{file}}…',
  notOpenedHeading: 'En resa i taget',
  notOpened_one:
    'Resor sparas inte i webbläsaren här, så en resa öppnas i taget: den från {{first}} är öppen. {{count}} resa till öppnades inte ({{files}}). Öppna den när du har sparat den här i fil.',
  notOpened_other:
    'Resor sparas inte i webbläsaren här, så en resa öppnas i taget: den från {{first}} är öppen. {{count}} resor till öppnades inte ({{files}}). Öppna dem en i taget när du har sparat den här i fil.',
};

export const issueSv = {
  ...hostileIssuesSv,
  tooLarge: 'filen är större än {{max}} MB',
  notText: 'filen är inte text',
  notJson: 'filen är inte giltig JSON ({{detail}})',
  notObject: 'filen är inte en resa (ett JSON-objekt väntades)',
  wrongFormat: 'det här är en {{value}}-fil, inte en {{expected}}-fil',
  newerVersion:
    'filen har formatversion {{version}}, nyare än version {{supported}} som den här versionen av Resan läser. Öppna den i en nyare Resan.',
  badVersion: 'okänd formatversion',
  required: 'saknas',
  wrongType: '{{value}} har fel typ (väntade {{expected}})',
  notDate: '{{value}} är inget datum (ÅÅÅÅ-MM-DD)',
  tooSmall: '{{value}} är mindre än {{min}}',
  tooBig: '{{value}} är större än {{max}}',
  tooShort: 'är tomt',
  tooLong: 'är längre än {{max}} tecken',
  notOneOf: '{{value}} är inte ett av {{allowed}}',
  unknownOp: '{{value}} är ingen känd ändring (extend, shift, startAfter, add, remove)',
  duplicateId: '"{{value}}" används två gånger',
  unknownKind: '"{{value}}" är ingen känd insatstyp',
  unknownActor: '"{{value}}" är ingen känd aktör',
  noActor: 'saknas: insatstypen "{{kind}}" har ingen standardaktör',
  endBeforeStart: '{{value}} är före starten {{start}}',
  sickFromAfterStart:
    'första sjukdagen {{value}} är efter sjukpenningens start {{start}}: den kan bara ligga före eller på starten (sjuklönedagarna)',
  unknownIntervention: '"{{value}}" är ingen insats i resan',
  ageUncertain:
    'deltagaren är {{ageBefore}} eller {{age}} år vid start (bara födelseåret är känt): längsta tiden för unga på {{months}} månader (förordningen (2018:43) om stöd för nystartsjobb) kan gälla eller inte; Resan räknar med {{age}} år',
  ageUncertain_untilAge:
    'deltagaren fyller {{age}} år {{year}} och bara födelseåret är känt: aktivitetsersättningen kan upphöra redan efter {{value}} (socialförsäkringsbalken 33 kap.); Resan räknar med senast 30 november {{year}}',
  kindUnavailable: 'insatstypen fanns {{from}} – {{to}}; den här startar {{value}}',
  kindUnavailable_between: 'insatstypen fanns {{from}} – {{to}}; den här startar {{value}} (ritas ändå)',
  kindUnavailable_until: 'inga nya beslut om insatstypen efter {{to}}; den här startar {{value}} (ritas ändå)',
  kindUnavailable_from: 'insatstypen finns från {{from}}; den här startar {{value}} (ritas ändå)',
  badColor: '{{value}} är ingen färg (#rrggbb); appen väljer en',
  replacesBuiltIn: '"{{value}}" ersätter den inbyggda med samma id',
  openEnded: '"{{value}}" saknar slut och kan inte förlängas',
  noEnd: '"{{value}}" saknar slut att börja efter',
  outOfRange: 'flyttar "{{value}}" utanför kalendern',
  personnummer: '{{value}} ser ut som ett personnummer. Använd en pseudonym referens i stället.',
  notAllowed: 'är inte tillåten: formatet har ingen sådan egenskap',
  invalid: '{{value}} är inte giltigt',
};
