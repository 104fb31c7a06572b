import { type ReactNode, useLayoutEffect, useRef } from 'react';
import { useModalDialog } from './useModalDialog';

/** One answer of a ChoiceDialog: its button, drawn in the order given. */
export type DialogAnswer = {
  label: string;
  onClick: () => void;
  className?: string;
  /** The safe answer: it has focus when the dialog opens. */
  focused?: boolean;
};

/**
 * A modal question with a native <dialog> and a row of answers; Escape calls onCancel, and the
 * answer marked focused has focus, so that Enter or Space on a fresh dialog loses nothing.
 */
export function ChoiceDialog(props: {
  title: string;
  children: ReactNode;
  answers: readonly DialogAnswer[];
  onCancel: () => void;
  /** The heading's id, for aria-labelledby. */
  titleId?: string;
  /** The id of the text in children that describes the question, for aria-describedby. */
  describedBy?: string;
  testId?: string;
}) {
  const { dialogRef: ref } = useModalDialog({ focusFirst: false });
  const focusRef = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => focusRef.current?.focus(), []);
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
        {props.answers.map((a) => (
          <button
            key={a.label}
            ref={a.focused ? focusRef : undefined}
            type="button"
            className={a.className}
            onClick={a.onClick}
          >
            {a.label}
          </button>
        ))}
      </div>
    </dialog>
  );
}

/** A yes-or-no question (optionally with a primary third answer first): Escape or the cancel button says no, and has focus. */
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
  titleId?: string;
  describedBy?: string;
  testId?: string;
}) {
  const answers: DialogAnswer[] = [
    ...(props.primaryAction ? [{ ...props.primaryAction, className: 'primary' }] : []),
    { label: props.confirmLabel, onClick: props.onConfirm, className: props.danger ? 'danger' : 'primary' },
    { label: props.cancelLabel, onClick: props.onCancel, focused: true },
  ];
  return (
    <ChoiceDialog
      title={props.title}
      answers={answers}
      onCancel={props.onCancel}
      titleId={props.titleId}
      describedBy={props.describedBy}
      testId={props.testId}
    >
      {props.children}
    </ChoiceDialog>
  );
}
