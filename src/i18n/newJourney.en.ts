import type { newJourneySv } from './newJourney.sv';

/** English for starting a journey from nothing, the participant form and the unsaved demo. */
export const newJourneyEn: typeof newJourneySv = {
  toolbar: 'New journey',
  toolbarHint: 'Start an empty journey for a participant',
  editParticipant: 'Edit participant details',
  demo: {
    intro: 'This is a demo journey.',
    newJourney: 'New journey of your own',
    openFile: 'Open your own file…',
    edited: 'Changes to the demo journey are not saved.',
    editedFiles: 'Changes to the demo journey are only on screen until you save them to a file.',
    inFile:
      'The demo journey with your changes is saved to a file. What you change after that is saved only when you save to a file again.',
    saveAsNew: 'Save as a new journey',
    saved: 'The demo journey is saved as a new journey.',
    leaveHeading: 'Leave the demo journey?',
    leaveText:
      'Your changes to the demo journey are not saved and are lost if you go on. Choose "Save as a new journey" to keep them.',
    leaveSave: 'Save as a new journey and go on',
    leaveDiscard: 'Go on without saving',
    leaveCancel: 'Stay here',
  },
  empty: {
    heading: 'No interventions yet',
    text: "Add the participant's first intervention, for example sfi, and the journey is drawn here.",
    add: 'Add an intervention',
  },
};
