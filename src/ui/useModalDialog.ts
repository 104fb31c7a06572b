import { useLayoutEffect, useRef } from 'react';

/**
 * A native <dialog> shown as a modal while the component is mounted: the first field gets
 * focus; on unmount it closes before it leaves the document and gives focus back to
 * whatever opened it. `unmounting` tells a `close` handler that the close is ours.
 */
export function useModalDialog() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const unmounting = useRef(false);
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    unmounting.current = false;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    return () => {
      unmounting.current = true;
      if (dialog.open) dialog.close();
      if (opener?.isConnected && !dialog.contains(document.activeElement)) opener.focus();
    };
  }, []);
  return { dialogRef, unmounting };
}
