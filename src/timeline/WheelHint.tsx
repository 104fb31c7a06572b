/**
 * The hint a plain wheel over the chart gets: the page scrolls, and for a moment the chart
 * says how to zoom ("Ctrl + hjulet zoomar"), as map widgets do. Said politely to screen readers.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const SHOWN_MS = 1_800;

export function useWheelHint() {
  const [visible, setVisible] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  return {
    visible,
    show: () => {
      setVisible(true);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => setVisible(false), SHOWN_MS);
    },
  };
}

export function WheelHint({ hint }: { hint: ReturnType<typeof useWheelHint> }) {
  const { t } = useTranslation();
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  return (
    <p className={`wheel-hint${hint.visible ? ' is-visible' : ''}`} data-testid="wheel-hint" aria-live="polite">
      {hint.visible ? t(mac ? 'timeline.wheelHintMac' : 'timeline.wheelHint') : ''}
    </p>
  );
}
