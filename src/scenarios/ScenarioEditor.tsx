/**
 * The scenario editor: a scenario's name and its changes, in order, in a modal dialog.
 * The scenario is checked with the importer's own rules and words; a save is one
 * undoable step. A well-formed scenario that cannot be applied may still be saved.
 */
import { type FormEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../ui/useModalDialog';
import { TextField } from '../editing/controls';
import { ScenarioEditorChange } from './ScenarioEditorChange';
import { ScenarioEditorIssues } from './ScenarioEditorIssues';
import { useScenarioEditorForm } from './scenarioEditorForm';

type Props = { scenarioId: string; onClose: () => void };

export function ScenarioEditor({ scenarioId, onClose }: Props) {
  // Another scenario is another form: nothing of the last one's draft stays.
  return <ScenarioEditorBody key={scenarioId} scenarioId={scenarioId} onClose={onClose} />;
}

function ScenarioEditorBody({ scenarioId, onClose }: Props) {
  const { t } = useTranslation();
  const form = useScenarioEditorForm(scenarioId);
  const { dialogRef, unmounting } = useModalDialog();
  const headingId = useId();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (form.save()) onClose();
  };

  const name = form.stored?.name ?? '';
  const changes = form.draft.changes;
  return (
    <dialog
      ref={dialogRef}
      className="edit-dialog scenario-editor"
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
        {name === '' ? t('scenarioEditor.headingUnnamed') : t('scenarioEditor.heading', { name })}
      </h2>
      {form.missing ? (
        <>
          <p>{t('scenarioEditor.notFound')}</p>
          <div className="edit-actions">
            <button type="button" onClick={onClose}>
              {t('scenarioEditor.close')}
            </button>
          </div>
        </>
      ) : (
        <form className="edit-form" noValidate onSubmit={submit}>
          <div id={form.generalId} tabIndex={-1} role="alert" className="edit-general">
            {form.general.length > 0 && (
              <div className="notice notice-error">
                <h3>{t('scenarioEditor.errorsHeading')}</h3>
                <ScenarioEditorIssues issues={form.general} />
              </div>
            )}
          </div>
          <TextField
            binding={form.bind('name')}
            label={t('scenarioEditor.name')}
            value={form.draft.name}
            onChange={form.setName}
          />
          <fieldset className="edit-extensions scenario-changes">
            <legend>{t('scenarioEditor.changesLegend')}</legend>
            {changes.length === 0 && <p className="edit-hint">{t('scenarioEditor.noChanges')}</p>}
            {changes.map((change, i) => (
              <ScenarioEditorChange key={change.key} form={form} index={i} change={change} count={changes.length} />
            ))}
            <button type="button" id={form.addButtonId} onClick={form.addChange}>
              {t('scenarioEditor.addChange')}
            </button>
          </fieldset>
          <div role="status" className="edit-status">
            {form.apply.length > 0 && (
              <div className="notice notice-warning scenario-apply-note">
                <h3>{t('scenarioEditor.applyNote')}</h3>
                <ScenarioEditorIssues issues={form.apply} changeOnly />
              </div>
            )}
            {form.personnummer.length > 0 && (
              <div className="notice notice-warning">
                <h3>{t('scenarioEditor.warningsHeading')}</h3>
                <ScenarioEditorIssues issues={form.personnummer} />
              </div>
            )}
          </div>
          <div className="edit-actions">
            <span className="edit-spacer" />
            <button type="button" onClick={onClose}>
              {t('scenarioEditor.cancel')}
            </button>
            <button type="submit" className="edit-save">
              {t('scenarioEditor.save')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
