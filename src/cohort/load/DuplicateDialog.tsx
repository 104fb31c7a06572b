import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateChoice } from '../../domain';
import { useModalDialog } from '../../ui/useModalDialog';

/** One question for every duplicate: replace, keep both, skip, or cancel the load. */
export function DuplicateDialog({ count, onChoose }: { count: number; onChoose: (c: DuplicateChoice | null) => void }) {
  const { t } = useTranslation();
  const { dialogRef } = useModalDialog({ focusFirst: false });
  const skipRef = useRef<HTMLButtonElement>(null);
  // The choice that changes least has focus.
  useLayoutEffect(() => skipRef.current?.focus(), []);
  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby="dup-title"
      aria-describedby="dup-text"
      data-testid="duplicate-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onChoose(null);
      }}
    >
      <h2 id="dup-title">{t('cohortLoad.dupTitle')}</h2>
      <p id="dup-text">{t('cohortLoad.dupText', { count })}</p>
      <div className="dialog-actions">
        <button ref={skipRef} type="button" className="primary" onClick={() => onChoose('skip')}>
          {t('cohortLoad.dupSkip')}
        </button>
        <button type="button" onClick={() => onChoose('replace')}>
          {t('cohortLoad.dupReplace')}
        </button>
        <button type="button" onClick={() => onChoose('keepBoth')}>
          {t('cohortLoad.dupKeepBoth')}
        </button>
        <button type="button" onClick={() => onChoose(null)}>
          {t('cohortLoad.dupCancel')}
        </button>
      </div>
    </dialog>
  );
}
