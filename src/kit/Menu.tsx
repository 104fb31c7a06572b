import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

/**
 * A disclosure menu: a button that shows a short list of buttons below it. Escape, a
 * click outside or choosing an item closes it; focus returns to the button.
 */
export function Menu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return (
    <div className="menu" ref={root}>
      <button ref={button} type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {label} ▾
      </button>
      {/* Choosing an item closes the menu and focus goes back to its button (what the item opens returns focus there); the item's own click still runs first. */}
      <div
        id={id}
        className="menu-items"
        hidden={!open}
        onClick={(e) => {
          if ((e.target as Element).closest('button')) {
            setOpen(false);
            button.current?.focus();
          }
        }}
      >
        {children}
      </div>
    </div>
  );
}
