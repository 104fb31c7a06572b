import { useTranslation } from 'react-i18next';
import { openRules } from './navigation';

/** "Regler och källor" beside a rule sentence: opens the rules page at the kind's row. */
export function RulesLink({
  kind,
  kindLabel,
  className = 'link-button rules-link',
  testId,
}: {
  kind?: string;
  kindLabel?: string;
  className?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={className}
      data-testid={testId}
      onClick={() => openRules(kind)}
      aria-label={kindLabel ? t('law.rulesLinkFor', { kind: kindLabel }) : undefined}
    >
      {t('law.rulesLink')}
    </button>
  );
}
