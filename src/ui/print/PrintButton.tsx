import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PrintDialog } from './PrintDialog';
import { printJourney } from './printJourney';

/** "Skriv ut…": choose the paper and the range, then the browser's print window opens. */
export function PrintButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} data-testid="print-button">
        {t('meeting.print.button')}
      </button>
      {open && (
        <PrintDialog
          onClose={() => setOpen(false)}
          onPrint={(choice) => {
            setOpen(false);
            // The dialog closes first, so that it is not printed.
            requestAnimationFrame(() => void printJourney(choice));
          }}
        />
      )}
    </>
  );
}
