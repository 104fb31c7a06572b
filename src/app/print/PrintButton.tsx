import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadMessages } from '../../i18n';
import { isPrintKey, watchBrowserPrint } from './browserPrint';

// The dialog and the print code load when first used, not with the first screen.
const PrintDialog = lazy(() =>
  Promise.all([import('./PrintDialog'), loadMessages('printDialog')]).then(([m]) => ({ default: m.PrintDialog })),
);

/**
 * "Skriv ut…": choose the paper and the range, then the browser's print window opens. Ctrl+P (⌘P)
 * opens the same dialog while the button is on screen (the journey page, not in Mötesläge or on another
 * page); printing from the browser's menu scales the chart to the page (browserPrint.ts).
 */
export function PrintButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Shown means laid out: a hidden page or toolbar has no client rects.
      if (!isPrintKey(e) || e.defaultPrevented || !button.current?.getClientRects().length) return;
      if (document.querySelector('dialog[open]')) return;
      e.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    const unwatch = watchBrowserPrint();
    return () => {
      window.removeEventListener('keydown', onKey);
      unwatch();
    };
  }, []);
  return (
    <>
      <button ref={button} type="button" onClick={() => setOpen(true)} data-testid="print-button">
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
