/**
 * The built-in demo is never saved unless the person chooses "Spara som ny resa". Its edits
 * stay on screen only; before another journey takes their place the person is asked (the
 * question is the UI's, registered here), and a reload or a closed tab asks the browser's
 * own "leave the page?" question.
 */
import { DEMO_JOURNEY } from '../demo/demoJourney';
import { type AppState, useStore } from '../store';

type Ask = () => Promise<boolean>;
let ask: Ask | null = null;

/** The demo is open and differs from the built-in one. */
export function demoEdited(s: AppState = useStore.getState()): boolean {
  return s.source.kind === 'demo' && s.journey !== DEMO_JOURNEY;
}

/** The UI's question "leave the demo's edits?" (null: none, the switch goes ahead). */
export function setLeaveDemoQuestion(question: Ask | null) {
  ask = question;
}

/** True when nothing would be lost, or the person agreed to lose the demo's edits. */
export async function mayLeaveDemo(): Promise<boolean> {
  if (!demoEdited() || !ask) return true;
  return ask();
}

/** The browser asks before a reload or close while the demo has edits (they are nowhere else). */
export function warnBeforeUnload(event: BeforeUnloadEvent) {
  if (!demoEdited()) return;
  event.preventDefault();
  // Older browsers show the question only when returnValue is set.
  event.returnValue = '';
}
