/** One change of a scenario: its op, the op's fields, and buttons to move or remove it. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, FieldRow, type Option, SelectField, TextField } from '../editing/controls';
import { selectLanguage, useStore } from '../store';
import { ScenarioEditorAdd } from './ScenarioEditorAdd';
import { type ChangeDraft, OPS, interventionChoices, isOp } from './scenarioEditorDraft';
import type { ScenarioEditorForm } from './scenarioEditorForm';

type Props = { form: ScenarioEditorForm; index: number; change: ChangeDraft; count: number };

export function ScenarioEditorChange({ form, index, change, count }: Props) {
  const { t } = useTranslation();
  const language = useStore(selectLanguage);
  const n = index + 1;
  const key = (field: string) => `changes[${index}].${field}`;
  const set = (patch: Partial<ChangeDraft>) => form.updateChange(index, patch);
  const op = change.op;

  const choices = useMemo(
    () => interventionChoices(form.journey, form.draft.changes, index, language),
    [form.journey, form.draft.changes, index, language],
  );
  /** The interventions to choose from; a value that is none of them stays, so that it is reported. */
  const interventionOptions = (value: string): Option[] => [
    ...(value === '' ? [{ value, label: t('scenarioEditor.chooseIntervention') }] : []),
    ...(value !== '' && !choices.some((c) => c.value === value)
      ? [{ value, label: t('scenarioEditor.unknownIntervention', { id: value }) }]
      : []),
    ...choices,
  ];
  const opOptions: Option[] = [
    ...(isOp(op) ? [] : [{ value: op, label: t('scenarioEditor.op.unknown', { op }) }]),
    ...OPS.map((o) => ({ value: o, label: t(`scenarioEditor.op.${o}`) })),
  ];

  return (
    <fieldset className="form-group edit-extension scenario-change">
      <legend>{t('scenarioEditor.change', { n })}</legend>
      <FieldRow>
        <SelectField
          binding={form.bind(key('op'))}
          label={t('scenarioEditor.op.label')}
          value={op}
          onChange={(value) => form.setOp(index, value)}
          options={opOptions}
        />
        {isOp(op) && op !== 'add' && (
          <SelectField
            binding={form.bind(key('intervention'))}
            label={t('scenarioEditor.field.intervention')}
            value={change.intervention}
            onChange={(intervention) => set({ intervention })}
            options={interventionOptions(change.intervention)}
          />
        )}
      </FieldRow>
      {op === 'add' && <ScenarioEditorAdd form={form} index={index} change={change} />}
      {op === 'extend' && (
        <TextField
          binding={form.bind(key('months'))}
          label={t('scenarioEditor.field.months')}
          inputMode="numeric"
          className="edit-short"
          value={change.months}
          onChange={(months) => set({ months })}
        />
      )}
      {op === 'shift' && (
        <TextField
          binding={form.bind(key('days'))}
          label={t('scenarioEditor.field.days')}
          hint={t('scenarioEditor.field.daysHint')}
          inputMode="text"
          className="edit-short"
          value={change.days}
          onChange={(days) => set({ days })}
        />
      )}
      {op === 'startAfter' && (
        <FieldRow>
          <SelectField
            binding={form.bind(key('after'))}
            label={t('scenarioEditor.field.after')}
            value={change.after}
            onChange={(after) => set({ after })}
            options={interventionOptions(change.after)}
          />
          <TextField
            binding={form.bind(key('gapDays'))}
            label={t('scenarioEditor.field.gapDays')}
            hint={t('scenarioEditor.field.gapDaysHint')}
            inputMode="numeric"
            className="edit-short"
            value={change.gapDays}
            onChange={(gapDays) => set({ gapDays })}
          />
        </FieldRow>
      )}
      {(op === 'extend' || op === 'shift') && (
        <CheckboxField
          id={form.idFor(key('cascade'))}
          label={t('scenarioEditor.field.cascade')}
          checked={change.cascade}
          onChange={(cascade) => set({ cascade })}
        />
      )}
      <div className="scenario-change-actions">
        <button
          type="button"
          id={form.changeId(index, 'up')}
          disabled={index === 0}
          aria-label={t('scenarioEditor.moveUpLabel', { n })}
          onClick={() => form.moveChange(index, -1)}
        >
          {t('scenarioEditor.moveUp')}
        </button>
        <button
          type="button"
          id={form.changeId(index, 'down')}
          disabled={index === count - 1}
          aria-label={t('scenarioEditor.moveDownLabel', { n })}
          onClick={() => form.moveChange(index, 1)}
        >
          {t('scenarioEditor.moveDown')}
        </button>
        <button
          type="button"
          id={form.changeId(index, 'remove')}
          className="edit-remove-row"
          aria-label={t('scenarioEditor.removeChangeLabel', { n })}
          onClick={() => form.removeChange(index)}
        >
          {t('scenarioEditor.removeChange')}
        </button>
      </div>
    </fieldset>
  );
}
