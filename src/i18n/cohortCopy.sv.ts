/** Svenska: a journey opened from the cohort and then edited (issue 28, item 3). Same keys in cohortCopy.en.ts. */
export const cohortCopySv = {
  question: 'Spara en kopia under Resor?',
  text: 'Resan kommer från kohorten {{name}} och sparas inte av sig själv. Spara en kopia med din ändring under Resor, eller ändra bara här: då sparas ingenting, och ändringarna finns kvar tills du öppnar en resa igen eller laddar om sidan.',
  save: 'Spara en kopia under Resor',
  onlyHere: 'Ändra bara här',
  notSaved: 'Ändringarna finns bara här och sparas inte.',
  saved: 'En kopia av resan är sparad under Resor.',
};
