import { type ReactNode, useLayoutEffect, useRef } from 'react';
import { useModalDialog } from './useModalDialog';

/**
 * A modal question with a native <dialog>: Escape or the cancel button says no, and the cancel
 * button has focus. An optional first answer (primaryAction) makes it a question of three.
 */
export function ConfirmDialog(props: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  danger?: boolean;
  /** A third answer, drawn first as the primary button (the confirm button then says "go on anyway"). */
  primaryAction?: { label: string; onClick: () => void };
  /** The heading's id, for aria-labelledby. */
  titleId?: string;
  /** The id of the text in children that describes the question, for aria-describedby. */
  describedBy?: string;
  testId?: string;
}) {
  const { dialogRef: ref } = useModalDialog({ focusFirst: false });
  // The safe answer has focus: Enter or Space on a fresh dialog never deletes anything.
  const cancelRef = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => cancelRef.current?.focus(), []);
  const titleId = props.titleId ?? 'confirm-title';
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={props.describedBy}
      data-testid={props.testId}
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id={titleId}>{props.title}</h2>
      <div>{props.children}</div>
      <div className="dialog-actions">
        {props.primaryAction && (
          <button type="button" className="primary" onClick={props.primaryAction.onClick}>
            {props.primaryAction.label}
          </button>
        )}
        <button type="button" className={props.danger ? 'danger' : 'primary'} onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
        <button ref={cancelRef} type="button" onClick={props.onCancel}>
          {props.cancelLabel}
        </button>
      </div>
    </dialog>
  );
}
