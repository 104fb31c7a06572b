/**
 * The form that edits one item of the journey (an intervention, mandate, event or
 * annotation) or adds a new one, in a modal dialog. A save is one undoable step; the
 * form checks the item with the importer's own rules and words.
 */
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ANNOTATION_TYPES, EVENT_TYPES, resolveCatalogue } from '../domain';
import type { Language } from '../i18n';
import { selectLanguage, useStore } from '../store';
import type { EditTarget } from '../store/viewSlice';
import { FormDialog } from '../kit/FormDialog';
import { IssueList } from '../kit/IssueList';
import { InterventionFields } from './InterventionFields';
import { OtherFields } from './OtherFields';
import { WarningList } from './WarningList';
import type { Loose } from './fields';
import { type ItemForm, useItemForm } from './useItemForm';
import { useRemoveItem } from './useRemoveItem';

const short = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** A short description of a stored item, for the button that removes it. */
function describe(form: ItemForm, stored: Loose, language: Language, t: TFunction) {
  const catalogue = resolveCatalogue(form.journey);
  const id = str(stored.id);
  let what: string;
  switch (form.list) {
    case 'interventions':
      what = str(stored.title) || (catalogue.kinds.get(str(stored.kind))?.label[language] ?? str(stored.kind));
      break;
    case 'mandates':
      what = str(stored.label) || (catalogue.actors.get(str(stored.actor))?.label[language] ?? '');
      break;
    case 'events': {
      const type = EVENT_TYPES.find((x) => x === stored.type) ?? 'note';
      what = `${t(`eventType.${type}`)} ${str(stored.date)}`;
      break;
    }
    default: {
      const type = ANNOTATION_TYPES.find((x) => x === stored.type) ?? 'note';
      what = `${t(`edit.annotationType.${type}`)} ${str(stored.start)}`;
    }
  }
  return what.trim() === '' ? id : `${short(what.trim())} (${id})`;
}

export function EditDialog({ target, onClose }: { target: EditTarget; onClose: () => void }) {
  // A new target is a new form: nothing of the last one's draft stays.
  return <EditDialogBody key={`${target.list}:${target.id ?? ''}`} target={target} onClose={onClose} />;
}

function EditDialogBody({ target, onClose }: { target: EditTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useStore(selectLanguage);
  const form = useItemForm(target);
  const removing = useRemoveItem();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (form.save()) onClose();
  };
  const remove = () => {
    if (target.id === undefined || !form.stored) return;
    removing.remove(target.list, target.id, describe(form, form.stored, language, t), onClose);
  };

  const heading = t(`edit.heading.${target.list}.${form.isNew ? 'create' : 'edit'}`);
  return (
    <>
      <FormDialog
        heading={heading}
        onClose={onClose}
        missing={form.missing ? t('edit.notFound') : null}
        closeLabel={t('edit.close')}
        onSubmit={submit}
        generalId={form.generalId}
        errorsHeading={t('edit.errorsHeading')}
        general={form.general.length > 0 ? <IssueList issues={form.general} /> : null}
        status={form.warnings.length > 0 && <WarningList warnings={form.warnings} />}
        actionsStart={
          !form.isNew &&
          form.stored && (
            <button type="button" className="edit-remove" onClick={remove}>
              {t(`edit.removeItem.${target.list}`, { name: describe(form, form.stored, language, t) })}
            </button>
          )
        }
        cancelLabel={t('edit.cancel')}
        saveLabel={t('edit.save')}
      >
        <p className="edit-required-note">{t('a11y.required.note')}</p>
        {target.list === 'interventions' ? <InterventionFields form={form} /> : <OtherFields form={form} />}
      </FormDialog>
      {removing.dialog}
    </>
  );
}
