import { useTranslation } from 'react-i18next';
import { saveDemoAsNew } from '../io/later';
import { ConfirmDialog } from '../kit/ConfirmDialog';

/** The question itself: save the demo's edits as a new journey, drop them, or stay (the safe answer has focus). */
export default function LeaveDemoDialog({ onAnswer }: { onAnswer: (go: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('newJourney.demo.leaveHeading')}
      titleId="leave-demo-title"
      describedBy="leave-demo-text"
      testId="leave-demo"
      primaryAction={{
        label: t('newJourney.demo.leaveSave'),
        onClick: () => {
          saveDemoAsNew();
          onAnswer(true);
        },
      }}
      confirmLabel={t('newJourney.demo.leaveDiscard')}
      danger
      onConfirm={() => onAnswer(true)}
      cancelLabel={t('newJourney.demo.leaveCancel')}
      onCancel={() => onAnswer(false)}
    >
      <p id="leave-demo-text">{t('newJourney.demo.leaveText')}</p>
    </ConfirmDialog>
  );
}
