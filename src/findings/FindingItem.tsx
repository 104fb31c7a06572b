import { type ReactNode, useEffect, useRef } from 'react';
import { type AppState, selectSelection, useStore } from '../store';
import { sameSelection, type Selection } from '../store/viewSlice';

const selectSelect = (s: AppState) => s.select;

/** One finding: a button that highlights it on the chart, highlighted when chosen there. */
export function FindingItem({
  sel,
  className,
  children,
  actions,
}: {
  sel: Selection;
  className: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  const selection = useStore(selectSelection);
  const select = useStore(selectSelect);
  const selected = sameSelection(selection, sel);
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);
  return (
    <li
      ref={ref}
      className={`finding ${className}${selected ? ' is-selected' : ''}`}
      data-finding-item={`${sel.kind}:${sel.id}`}
    >
      <button
        type="button"
        className="finding-button"
        aria-pressed={selected}
        onClick={() => select(selected ? null : sel)}
      >
        {children}
      </button>
      {actions && <div className="quick-actions">{actions}</div>}
    </li>
  );
}
