import { Suspense, lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadMessages } from '../../i18n';

// The dialog and the print code load when first used, not with the first screen.
const PrintDialog = lazy(() =>
  Promise.all([import('./PrintDialog'), loadMessages('printDialog')]).then(([m]) => ({ default: m.PrintDialog })),
);

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
        <Suspense fallback={null}>
          <PrintDialog
            onClose={() => setOpen(false)}
            onPrint={(choice) => {
              setOpen(false);
              // The dialog closes first, so that it is not printed.
              requestAnimationFrame(() => void import('./printJourney').then((m) => m.printJourney(choice)));
            }}
          />
        </Suspense>
      )}
    </>
  );
}
