import { Suspense, lazy, useEffect, useState } from 'react';
import { setLeaveDemoQuestion } from '../io/demoGuard';

// Asked only when an edited demo is about to be left: its dialog loads then.
const LeaveDemoDialog = lazy(() => import('./LeaveDemoDialogView'));

/** Asks, before another journey replaces the demo's unsaved edits: save them, drop them, or stay. */
export function LeaveDemoQuestion() {
  const [answer, setAnswer] = useState<((go: boolean) => void) | null>(null);
  useEffect(() => {
    setLeaveDemoQuestion(() => new Promise<boolean>((resolve) => setAnswer(() => resolve)));
    return () => setLeaveDemoQuestion(null);
  }, []);
  if (!answer) return null;
  const done = (go: boolean) => {
    setAnswer(null);
    answer(go);
  };
  return (
    <Suspense fallback={null}>
      <LeaveDemoDialog onAnswer={done} />
    </Suspense>
  );
}
