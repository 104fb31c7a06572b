/**
 * The participant form: reference, name, birth year, the reference day ("today" or a date)
 * and whether the journey is closed (date and reason). For "Ny resa" it creates the journey;
 * from the journey header it edits the open one as one undoable step.
 */
import { type FormEvent, useId, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { emptyJourney, withParticipant } from '../domain';
import { todayIso } from '../i18n/format';
import { createJourney } from '../io/later';
import { selectJourney, useStore } from '../store';
import { FormDialog } from '../kit/FormDialog';
import { announce } from '../kit/announce';
import { DateField } from './DateField';
import { CheckboxField, type FieldBinding, FieldRow, TextField } from './controls';
import {
  MIN_BIRTH_YEAR,
  PARTICIPANT_FIELDS,
  type ParticipantDraft,
  type ParticipantField,
  checkParticipant,
  draftOf,
} from './participant';
import './participant.css';

const NO_ERRORS: never[] = [];
const LABEL_KEYS = {
  ref: 'newJourney.form.ref',
  name: 'newJourney.form.name',
  birthYear: 'newJourney.form.birthYear',
  asOf: 'newJourney.form.asOfDay',
  closedDate: 'newJourney.form.closedDate',
  closedReason: 'newJourney.form.closedReason',
} as const;

export function ParticipantDialog({ mode, onClose }: { mode: 'new' | 'edit'; onClose: () => void }) {
  const { t } = useTranslation();
  const journey = useStore(selectJourney);
  const baseId = useId();
  const [draft, setDraft] = useState<ParticipantDraft>(() => draftOf(mode === 'edit' ? journey : null));
  const [submitted, setSubmitted] = useState(false);
  const thisYear = Number(todayIso().slice(0, 4));
  const target = useMemo(() => (mode === 'edit' ? journey : emptyJourney('new', 'new')), [mode, journey]);
  const check = useMemo(() => checkParticipant(draft, target, thisYear), [draft, target, thisYear]);

  const idOf = (field: ParticipantField) => `${baseId}-${field}`;
  const bind = (field: ParticipantField): FieldBinding => ({
    id: idOf(field),
    errors: submitted ? (check.fields[field] ?? NO_ERRORS) : NO_ERRORS,
  });
  const set = (patch: Partial<ParticipantDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const generalId = `${baseId}-general`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const details = check.details;
    if (!details) {
      flushSync(() => setSubmitted(true));
      const first = PARTICIPANT_FIELDS.find((f) => (check.fields[f]?.length ?? 0) > 0);
      (document.getElementById(first ? idOf(first) : generalId) ?? document.getElementById(generalId))?.focus();
      return;
    }
    if (mode === 'new') {
      // The demo's unsaved edits are asked about first; "Stanna kvar" keeps the form open.
      if (!(await createJourney(details))) return;
    } else {
      useStore.getState().editJourney((j) => withParticipant(j, details));
    }
    const { name, ref } = details.participant;
    announce(name ? t('journey.headingNamed', { name, ref }) : t('journey.heading', { ref }));
    onClose();
  };

  const errors = submitted ? PARTICIPANT_FIELDS.flatMap((f) => (check.fields[f] ?? []).map((e) => ({ f, e }))) : [];
  return (
    <FormDialog
      className="participant-dialog"
      heading={t(mode === 'new' ? 'newJourney.form.headingNew' : 'newJourney.form.headingEdit')}
      onClose={onClose}
      missing={null}
      closeLabel={t('newJourney.form.cancel')}
      onSubmit={(e) => void submit(e)}
      generalId={generalId}
      errorsHeading={t('newJourney.form.errorsHeading')}
      general={
        errors.length > 0 ? (
          <ul className="issue-list">
            {errors.map(({ f, e }, i) => (
              <li key={`${f}-${i}`}>
                <a href={`#${idOf(f)}`}>
                  {t('newJourney.form.errorAt', {
                    field: t(LABEL_KEYS[f]),
                    message: t(`issue.${e.code}`, { ...e.params }),
                  })}
                </a>
              </li>
            ))}
          </ul>
        ) : null
      }
      status={
        check.personnummer.length > 0 && (
          <div className="notice notice-warning" data-testid="participant-personnummer">
            <p>{t('newJourney.form.personnummer')}</p>
          </div>
        )
      }
      cancelLabel={t('newJourney.form.cancel')}
      saveLabel={t(mode === 'new' ? 'newJourney.form.create' : 'newJourney.form.save')}
    >
      <p className="edit-required-note">{t('a11y.required.note')}</p>
      <FieldRow>
        <TextField
          binding={bind('ref')}
          label={t('newJourney.form.ref')}
          value={draft.ref}
          onChange={(ref) => set({ ref })}
          hint={t('newJourney.form.refHint')}
          required
        />
        <TextField
          binding={bind('name')}
          label={t('newJourney.form.name')}
          value={draft.name}
          onChange={(name) => set({ name })}
        />
      </FieldRow>
      <TextField
        className="edit-short"
        binding={bind('birthYear')}
        label={t('newJourney.form.birthYear')}
        value={draft.birthYear}
        onChange={(birthYear) => set({ birthYear })}
        inputMode="numeric"
        hint={t('newJourney.form.birthYearHint', { min: MIN_BIRTH_YEAR, max: thisYear })}
      />
      <fieldset className="form-group">
        <legend>{t('newJourney.form.asOf')}</legend>
        <div className="radio-group participant-radios">
          {(['today', 'date'] as const).map((m) => (
            <label key={m}>
              <input
                type="radio"
                name={`${baseId}-asOfMode`}
                value={m}
                checked={draft.asOfMode === m}
                onChange={() => set({ asOfMode: m })}
              />
              {t(m === 'today' ? 'newJourney.form.asOfToday' : 'newJourney.form.asOfDate')}
            </label>
          ))}
        </div>
        {draft.asOfMode === 'date' && (
          <DateField
            binding={bind('asOf')}
            label={t('newJourney.form.asOfDay')}
            pickLabel={t('newJourney.form.asOfPick')}
            value={draft.asOf}
            onChange={(asOf) => set({ asOf })}
            required
          />
        )}
      </fieldset>
      <fieldset className="form-group">
        <legend className="visually-hidden">{t('newJourney.form.closed')}</legend>
        <CheckboxField
          id={`${baseId}-closed`}
          label={t('newJourney.form.closed')}
          checked={draft.closed}
          onChange={(closed) => set({ closed })}
        />
        {draft.closed && (
          <FieldRow>
            <DateField
              binding={bind('closedDate')}
              label={t('newJourney.form.closedDate')}
              pickLabel={t('newJourney.form.closedPick')}
              value={draft.closedDate}
              onChange={(closedDate) => set({ closedDate })}
              required
            />
            <TextField
              binding={bind('closedReason')}
              label={t('newJourney.form.closedReason')}
              value={draft.closedReason}
              onChange={(closedReason) => set({ closedReason })}
              required
            />
          </FieldRow>
        )}
      </fieldset>
    </FormDialog>
  );
}
