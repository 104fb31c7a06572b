/**
 * The scenario editor: a scenario's name and its changes, in order, in a modal dialog.
 * The scenario is checked with the importer's own rules and words; a save is one
 * undoable step. A well-formed scenario that cannot be applied may still be saved.
 */
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../kit/FormDialog';
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

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (form.save()) onClose();
  };

  const name = form.stored?.name ?? '';
  const changes = form.draft.changes;
  return (
    <FormDialog
      className="scenario-editor"
      heading={
        form.isNew
          ? t('room.newHeading', { name })
          : name === ''
            ? t('scenarioEditor.headingUnnamed')
            : t('scenarioEditor.heading', { name })
      }
      onClose={onClose}
      missing={form.missing ? t('scenarioEditor.notFound') : null}
      closeLabel={t('scenarioEditor.close')}
      onSubmit={submit}
      generalId={form.generalId}
      errorsHeading={t('scenarioEditor.errorsHeading')}
      general={form.general.length > 0 ? <ScenarioEditorIssues issues={form.general} /> : null}
      status={
        <>
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
        </>
      }
      cancelLabel={t('scenarioEditor.cancel')}
      saveLabel={t('scenarioEditor.save')}
    >
      <TextField
        binding={form.bind('name')}
        label={t('scenarioEditor.name')}
        value={form.draft.name}
        onChange={form.setName}
      />
      <fieldset className="form-group edit-extensions scenario-changes">
        <legend>{t('scenarioEditor.changesLegend')}</legend>
        {changes.length === 0 && <p className="edit-hint">{t('scenarioEditor.noChanges')}</p>}
        {changes.map((change, i) => (
          <ScenarioEditorChange key={change.key} form={form} index={i} change={change} count={changes.length} />
        ))}
        <button type="button" id={form.addButtonId} onClick={form.addChange}>
          {t('scenarioEditor.addChange')}
        </button>
      </fieldset>
    </FormDialog>
  );
}
