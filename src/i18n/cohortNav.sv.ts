/** Svenska: the cohort messages the first screen shows (the page switch, the way back). */
export const cohortNavSv = {
  nav: { label: 'Vy', journey: 'Resa', cohort: 'Kohort' },
  back: 'Tillbaka till kohorten',
  openedFrom:
    'Öppnad från kohorten {{name}}. Resan sparas inte under Resor; ändrar du något får du välja om en kopia ska sparas där.',
};
