import { useTranslation } from 'react-i18next';
import type { DuplicateChoice } from '../../domain';
import { ChoiceDialog } from '../../kit/ConfirmDialog';

/** One question for every duplicate: replace, keep both, skip, or cancel the load. */
export function DuplicateDialog({ count, onChoose }: { count: number; onChoose: (c: DuplicateChoice | null) => void }) {
  const { t } = useTranslation();
  return (
    <ChoiceDialog
      title={t('cohortLoad.dupTitle')}
      titleId="dup-title"
      describedBy="dup-text"
      testId="duplicate-dialog"
      onCancel={() => onChoose(null)}
      answers={[
        // The choice that changes least has focus.
        { label: t('cohortLoad.dupSkip'), onClick: () => onChoose('skip'), className: 'primary', focused: true },
        { label: t('cohortLoad.dupReplace'), onClick: () => onChoose('replace') },
        { label: t('cohortLoad.dupKeepBoth'), onClick: () => onChoose('keepBoth') },
        { label: t('cohortLoad.dupCancel'), onClick: () => onChoose(null) },
      ]}
    >
      <p id="dup-text">{t('cohortLoad.dupText', { count })}</p>
    </ChoiceDialog>
  );
}
