/**
 * Svenska: de sparade kohorterna i flera flikar och när databasen tas bort under appen
 * (issue 28, punkt 10 och 11). (Samma nycklar i cohortTabs.en.ts.)
 */
export const cohortTabsSv = {
  lostHeading: 'De sparade kohorterna har tagits bort',
  lostText:
    'Webbläsarens lagring för kohorterna togs bort medan sidan var öppen (i en annan flik, eller när webbplatsdata rensades). Inga kohorter finns sparade längre.',
  lostShown: 'Kohorten {{name}} visas fortfarande här men är inte längre sparad.',
  lostDemo: 'Demokohorten som visas påverkas inte; den sparas aldrig.',
  removedHeading: 'Kohorten som visas har tagits bort i en annan flik',
  removedText: 'Kohorten {{name}} togs bort i en annan flik. Den visas fortfarande här men är inte längre sparad.',
  resave: 'Spara kohorten på skärmen igen',
  exportShown: 'Exportera kohorten på skärmen som fil',
  dismiss: 'Jag förstår',
  resaved: 'Kohorten {{name}} är sparad igen.',
  resaveQuota: 'Det finns inte plats att spara kohorten i webbläsaren. Den visas ändå; exportera den som fil.',
  resaveError: 'Kohorten kunde inte sparas ({{message}}). Den visas ändå; exportera den som fil.',
  missing:
    'Kohorten {{name}} finns inte längre sparad i webbläsaren (den kan ha tagits bort i en annan flik eller när webbplatsdata rensades). Listan visar nu det som är sparat.',
  readFailed: 'Kohorten {{name}} kunde inte läsas ({{message}}).',
};
