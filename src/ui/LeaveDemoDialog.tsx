import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setLeaveDemoQuestion } from '../io/demoGuard';
import { saveDemoAsNew } from '../io/later';
import { useModalDialog } from './useModalDialog';

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
  return <LeaveDemoDialog onAnswer={done} />;
}

function LeaveDemoDialog({ onAnswer }: { onAnswer: (go: boolean) => void }) {
  const { t } = useTranslation();
  const { dialogRef } = useModalDialog({ focusFirst: false });
  // The safe answer has focus: Enter on a fresh dialog loses nothing.
  const stayRef = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => stayRef.current?.focus(), []);
  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby="leave-demo-title"
      aria-describedby="leave-demo-text"
      data-testid="leave-demo"
      onCancel={(e) => {
        e.preventDefault();
        onAnswer(false);
      }}
    >
      <h2 id="leave-demo-title">{t('newJourney.demo.leaveHeading')}</h2>
      <p id="leave-demo-text">{t('newJourney.demo.leaveText')}</p>
      <div className="dialog-actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            saveDemoAsNew();
            onAnswer(true);
          }}
        >
          {t('newJourney.demo.leaveSave')}
        </button>
        <button type="button" className="danger" onClick={() => onAnswer(true)}>
          {t('newJourney.demo.leaveDiscard')}
        </button>
        <button ref={stayRef} type="button" onClick={() => onAnswer(false)}>
          {t('newJourney.demo.leaveCancel')}
        </button>
      </div>
    </dialog>
  );
}
