import { useTranslation } from 'react-i18next';
import { formatDay, todayIso } from '../i18n/format';
import { download, downloadBlob } from '../io/download';
import { safeFileName } from '../io/later';
import { selectActiveScenarios, selectJourney, selectLanguage, selectSideBySide, useStore } from '../store';
import { useConfirmPersonnummer } from '../kit/ExportButtons';
import { useAnalysis } from '../kit/useAnalysis';

/** "Tidslinje som SVG / PNG" (or the comparison's, while it is open) in the Exportera menu. */
export function ChartExportButtons() {
  const { t } = useTranslation();
  const language = useStore(selectLanguage);
  const journey = useStore(selectJourney);
  const active = useStore(selectActiveScenarios);
  const sideBySide = useStore(selectSideBySide);
  const { asOf } = useAnalysis();
  const confirm = useConfirmPersonnummer();

  async function svgText(): Promise<string | null> {
    // The export code loads on first use, not with the first screen.
    const { currentChartSvgText, whenDrawn } = await import('./chartExport');
    if (!(await whenDrawn())) return null;
    const ref = journey.participant.ref;
    const names = (journey.scenarios ?? []).filter((s) => active.includes(s.id)).map((s) => s.name);
    const desc = [
      t('meeting.chartExport.asOf', { date: formatDay(asOf, language) }),
      names.length > 0
        ? t('meeting.chartExport.scenarios', { names: names.join(', ') })
        : t('meeting.chartExport.noScenarios'),
    ].join('. ');
    return currentChartSvgText({
      timeline: { title: t('meeting.chartExport.timelineTitle', { ref }), desc },
      sideBySide: { title: t('meeting.chartExport.sideBySideTitle', { ref }), desc },
    });
  }
  // The reference by itself through the guard (a number just before a date reads as part of the date).
  const fileName = async () =>
    `resan-${sideBySide ? 'jamforelse' : 'tidslinje'}-${await safeFileName(journey.participant.ref)}-${todayIso()}`;

  async function save(format: 'svg' | 'png') {
    if (!(await confirm())) return;
    const text = await svgText();
    if (!text) return;
    if (format === 'svg') return download(text, `${await fileName()}.svg`, 'image/svg+xml');
    const { svgToPng } = await import('../io/svgExport');
    const png = await svgToPng(text).catch(() => null);
    if (png) await downloadBlob(png, `${await fileName()}.png`);
    else window.alert(t('meeting.chartExport.failed'));
  }

  return (
    <>
      <button type="button" onClick={() => void save('svg')} data-testid="export-chart-svg">
        {t(sideBySide ? 'meeting.chartExport.sideBySideSvg' : 'meeting.chartExport.timelineSvg')}
      </button>
      <button type="button" onClick={() => void save('png')} data-testid="export-chart-png">
        {t(sideBySide ? 'meeting.chartExport.sideBySidePng' : 'meeting.chartExport.timelinePng')}
      </button>
    </>
  );
}
