import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DuplicateAnswer, setDuplicateQuestion } from '../io/duplicateQuestion';
import { ChoiceDialog } from '../kit/ConfirmDialog';

type Asked = { refs: string[]; answer: (a: DuplicateAnswer | null) => void };

/** Asks, when an opened journey's participant is already in the library: replace, keep both, open as new. */
export function DuplicateJourneyQuestion() {
  const { t } = useTranslation();
  const [asked, setAsked] = useState<Asked | null>(null);
  useEffect(() => {
    setDuplicateQuestion((refs) => new Promise((resolve) => setAsked({ refs, answer: resolve })));
    return () => setDuplicateQuestion(null);
  }, []);
  if (!asked) return null;
  const done = (a: DuplicateAnswer | null) => {
    setAsked(null);
    asked.answer(a);
  };
  const refs = [...new Set(asked.refs)].join(', ');
  return (
    <ChoiceDialog
      title={t('safeguards.dup.title')}
      titleId="dup-journey-title"
      describedBy="dup-journey-text"
      testId="duplicate-journey-dialog"
      onCancel={() => done(null)}
      answers={[
        // Keeping both loses nothing: it has focus.
        { label: t('safeguards.dup.keepBoth'), onClick: () => done('keepBoth'), className: 'primary', focused: true },
        { label: t('safeguards.dup.replace'), onClick: () => done('replace') },
        { label: t('safeguards.dup.openAsNew'), onClick: () => done('openAsNew') },
        { label: t('safeguards.dup.cancel'), onClick: () => done(null) },
      ]}
    >
      <p id="dup-journey-text">{t('safeguards.dup.text', { count: asked.refs.length, refs })}</p>
    </ChoiceDialog>
  );
}
