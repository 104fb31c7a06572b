import { useTranslation } from 'react-i18next';
import { selectActiveScenarios, selectIgnoreGaps, selectJourney, useStore } from '../../store';
import { usePrinting } from '../../store/presentation';

/** Printed under the journey's heading: what the page shows (scenarios, settings, range). */
export function PrintNote() {
  const { t } = useTranslation();
  const printing = usePrinting();
  const journey = useStore(selectJourney);
  const active = useStore(selectActiveScenarios);
  const ignoreGaps = useStore(selectIgnoreGaps);
  if (!printing) return null;
  const names = (journey.scenarios ?? []).filter((s) => active.includes(s.id)).map((s) => s.name);
  return (
    <p className="print-note" data-testid="print-note">
      <span>
        {names.length > 0 ? t('meeting.print.scenarios', { names: names.join(', ') }) : t('meeting.print.noScenarios')}
      </span>{' '}
      {ignoreGaps > 0 && <span>{t('meeting.print.ignoreGaps', { count: ignoreGaps })} </span>}
      <span>{printing.range === 'all' ? t('meeting.print.printedAll') : t('meeting.print.printedRange')}</span>
    </p>
  );
}
