import { useLayoutEffect, useRef } from 'react';
import { focusFirst as focusFirstOf } from './focusAfter';

/**
 * A native <dialog> shown as a modal while the component is mounted: the first field gets
 * focus (unless `focusFirst` is false and an element of the dialog asks for it with
 * autoFocus); on unmount it closes before it leaves the document and gives focus back to
 * whatever opened it (or, when that is gone or hidden, to the main region; never to <body>).
 * `unmounting` tells a `close` handler that the close is ours.
 */
export function useModalDialog({ focusFirst = true }: { focusFirst?: boolean } = {}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const unmounting = useRef(false);
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    unmounting.current = false;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    if (focusFirst) dialog.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    return () => {
      unmounting.current = true;
      if (dialog.open) dialog.close();
      if (!dialog.contains(document.activeElement) && document.activeElement !== opener) focusFirstOf(opener);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- opened once, as mounted
  }, []);
  return { dialogRef, unmounting };
}
