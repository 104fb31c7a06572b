import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { saveDemoAsNew } from '../io/later';
import { useModalDialog } from './useModalDialog';

/** The question itself: save the demo's edits as a new journey, drop them, or stay (the safe answer has focus). */
export default function LeaveDemoDialog({ onAnswer }: { onAnswer: (go: boolean) => void }) {
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
