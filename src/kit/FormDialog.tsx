import { type FormEvent, type ReactNode, useId } from 'react';
import { useModalDialog } from './useModalDialog';

type Props = {
  className?: string;
  heading: string;
  onClose: () => void;
  /** Set when what the form edits is gone (undone elsewhere): only this text and Close show. */
  missing: string | null;
  closeLabel: string;
  onSubmit: (e: FormEvent) => void;
  /** The id of the error box that takes focus when a save is refused. */
  generalId: string;
  errorsHeading: string;
  /** Problems no single field shows (null: none). */
  general: ReactNode | null;
  /** Warnings and notes, announced politely. */
  status: ReactNode;
  /** Buttons before Cancel and Save (e.g. Remove). */
  actionsStart?: ReactNode;
  cancelLabel: string;
  saveLabel: string;
  children: ReactNode;
};

/** The modal form shared by the item and scenario editors: heading, errors, fields, actions. */
export function FormDialog(props: Props) {
  const { dialogRef, unmounting } = useModalDialog();
  const headingId = useId();
  const { onClose } = props;
  return (
    <dialog
      ref={dialogRef}
      className={`edit-dialog${props.className ? ` ${props.className}` : ''}`}
      aria-labelledby={headingId}
      onCancel={(e) => {
        e.preventDefault(); // Escape: the app closes it, so that its state knows
        onClose();
      }}
      onClose={(e) => {
        // Closed by the browser itself (not by unmounting, nor a close that was reopened since).
        if (!unmounting.current && !e.currentTarget.open) onClose();
      }}
    >
      <h2 id={headingId} className="edit-heading">
        {props.heading}
      </h2>
      {props.missing !== null ? (
        <>
          <p>{props.missing}</p>
          <div className="edit-actions">
            <button type="button" onClick={onClose}>
              {props.closeLabel}
            </button>
          </div>
        </>
      ) : (
        <form className="edit-form" noValidate onSubmit={props.onSubmit}>
          <div id={props.generalId} tabIndex={-1} role="alert" className="edit-general">
            {props.general && (
              <div className="notice notice-error">
                <h3>{props.errorsHeading}</h3>
                {props.general}
              </div>
            )}
          </div>
          {props.children}
          <div role="status" className="edit-status">
            {props.status}
          </div>
          <div className="edit-actions">
            {props.actionsStart}
            <span className="edit-spacer" />
            <button type="button" onClick={onClose}>
              {props.cancelLabel}
            </button>
            <button type="submit" className="edit-save">
              {props.saveLabel}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
