/**
 * The room's two switches: Mötesläge (in the header: editing hidden, the chart's text larger;
 * Esc or the same button leaves it) and the summary beside or under the chart (hidden or shown).
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';
import { announce } from '../../kit/announce';
import { usePresentation } from '../../store/presentation';

export function setMeetingMode(on: boolean) {
  usePresentation.getState().setMeetingMode(on);
  // Dragging bars is editing: it stops with the rest.
  if (on) useStore.getState().setEditMode(false);
}

export function MeetingModeButton() {
  const { t } = useTranslation();
  const on = usePresentation((s) => s.meetingMode);
  useEffect(() => {
    if (!on) return;
    const onKey = (e: KeyboardEvent) => {
      // Escape that closes something else (a dialog, a menu, the details) is theirs.
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const target = e.target as Element | null;
      if (target?.closest?.('dialog, [role=dialog], .menu, .details') || document.querySelector('dialog[open]')) return;
      setMeetingMode(false);
      announce(t('projector.meetingModeOff'));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [on, t]);
  return (
    <div className="language meeting-switch">
      <button
        type="button"
        aria-pressed={on}
        data-testid="meeting-mode"
        title={on ? t('projector.meetingModeOn') : undefined}
        onClick={() => {
          setMeetingMode(!on);
          announce(t(on ? 'projector.meetingModeOff' : 'projector.meetingModeOn'));
        }}
      >
        {t('projector.meetingMode')}
      </button>
    </div>
  );
}

export function SummaryToggle() {
  const { t } = useTranslation();
  const hidden = usePresentation((s) => s.summaryHidden);
  const setHidden = usePresentation((s) => s.setSummaryHidden);
  return (
    <button
      type="button"
      className="side-toggle"
      aria-expanded={!hidden}
      data-testid="summary-toggle"
      onClick={() => setHidden(!hidden)}
    >
      <span aria-hidden="true">{hidden ? '▸ ' : '▾ '}</span>
      {hidden ? t('projector.showSummary') : t('projector.hideSummary')}
    </button>
  );
}
