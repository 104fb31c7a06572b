import { Suspense, lazy } from 'react';
import { loadMessages } from '../i18n';
import { type AppState, selectParticipantForm, useStore } from '../store';
import { DuplicateJourneyQuestion } from './DuplicateJourneyQuestion';
import { LeaveDemoQuestion } from './LeaveDemoDialog';
import './newJourney.css';

// The form loads when first opened, as the other forms do (not part of the first screen).
// Its date fields use the forms' messages, which load with the forms.
const ParticipantDialog = lazy(() =>
  Promise.all([import('../editing/ParticipantDialog'), loadMessages('edit', 'participant')]).then(([m]) => ({
    default: m.ParticipantDialog,
  })),
);
const selectSetParticipantForm = (s: AppState) => s.setParticipantForm;

/** The participant form (new journey or the open one's details) and the question before leaving an edited demo. */
export function NewJourneyDialogs() {
  const form = useStore(selectParticipantForm);
  const setForm = useStore(selectSetParticipantForm);
  return (
    <>
      <LeaveDemoQuestion />
      <DuplicateJourneyQuestion />
      {form && (
        <Suspense fallback={null}>
          <ParticipantDialog key={form} mode={form} onClose={() => setForm(null)} />
        </Suspense>
      )}
    </>
  );
}
