import { useTranslation } from 'react-i18next';

export function ZoomControls(props: { onIn: () => void; onOut: () => void; onAll: () => void; onNext6: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="zoom-controls" role="group" aria-label={t('timeline.zoomControls')}>
      <button type="button" onClick={props.onIn} aria-label={t('timeline.zoomIn')} title={t('timeline.zoomIn')}>
        +
      </button>
      <button type="button" onClick={props.onOut} aria-label={t('timeline.zoomOut')} title={t('timeline.zoomOut')}>
        −
      </button>
      <button type="button" onClick={props.onAll}>
        {t('timeline.showAll')}
      </button>
      <button type="button" onClick={props.onNext6}>
        {t('timeline.next6Months')}
      </button>
    </div>
  );
}
