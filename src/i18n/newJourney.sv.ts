/** Svenska for starting a journey from nothing, the participant form and the unsaved demo. Same keys in newJourney.en.ts. */
export const newJourneySv = {
  toolbar: 'Ny resa',
  toolbarHint: 'Börja en tom resa för en deltagare',
  editParticipant: 'Ändra deltagaruppgifter',
  demo: {
    intro: 'Det här är en demoresa.',
    newJourney: 'Ny egen resa',
    openFile: 'Öppna egen fil…',
    edited: 'Ändringarna i demoresan sparas inte.',
    editedFiles: 'Ändringarna i demoresan finns bara på skärmen tills du sparar dem i en fil.',
    inFile:
      'Demoresan med dina ändringar är sparad i en fil. Det du ändrar efter det sparas först när du sparar i fil igen.',
    saveAsNew: 'Spara som ny resa',
    saved: 'Demoresan är sparad som en ny resa.',
    leaveHeading: 'Lämna demoresan?',
    leaveText:
      'Dina ändringar i demoresan är inte sparade och försvinner om du går vidare. Välj "Spara som ny resa" för att behålla dem.',
    leaveSave: 'Spara som ny resa och gå vidare',
    leaveDiscard: 'Gå vidare utan att spara',
    leaveCancel: 'Stanna kvar',
  },
  empty: {
    heading: 'Inga insatser än',
    text: 'Lägg till deltagarens första insats, till exempel sfi, så ritas resan här.',
    add: 'Lägg till en insats',
  },
};
