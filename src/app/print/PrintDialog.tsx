import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../../kit/useModalDialog';
import type { Paper, PrintChoice, PrintRange } from './printJourney';
import './printDialog.css';

/** Paper (A4 or A3, landscape) and range (the whole journey or what is on screen), then print. */
export function PrintDialog({ onPrint, onClose }: { onPrint: (c: PrintChoice) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const { dialogRef } = useModalDialog();
  const id = useId();
  const [paper, setPaper] = useState<Paper>('a4');
  const [range, setRange] = useState<PrintRange>('all');
  function submit(e: FormEvent) {
    e.preventDefault();
    onPrint({ paper, range });
  }
  return (
    <dialog
      ref={dialogRef}
      className="dialog print-dialog"
      aria-labelledby={`${id}-h`}
      data-testid="print-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-h`}>{t('meeting.print.heading')}</h2>
      <form onSubmit={submit}>
        <fieldset className="print-choice radio-group">
          <legend>{t('meeting.print.paper')}</legend>
          {(['a4', 'a3'] as const).map((p) => (
            <label key={p}>
              <input type="radio" name="paper" checked={paper === p} onChange={() => setPaper(p)} />
              {t(`meeting.print.${p}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="print-choice radio-group">
          <legend>{t('meeting.print.range')}</legend>
          {(['all', 'visible'] as const).map((r) => (
            <label key={r}>
              <input type="radio" name="range" checked={range === r} onChange={() => setRange(r)} />
              {t(`meeting.print.${r}`)}
            </label>
          ))}
        </fieldset>
        <p className="muted">{t('meeting.print.hint')}</p>
        <div className="dialog-actions">
          <button type="submit" className="primary">
            {t('meeting.print.print')}
          </button>
          <button type="button" onClick={onClose}>
            {t('meeting.print.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
