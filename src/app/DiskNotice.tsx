import { useTranslation } from 'react-i18next';
import { useFilesOnly } from '../store/filesOnly';

/**
 * The page is a file opened from the disk (the single file, dist-single/resan.html): the first
 * screen says that every other local HTML file shares the browser's storage, and so where Resan
 * keeps journeys here (issue 25, item 13).
 */
export function DiskNotice() {
  const { t } = useTranslation();
  const { fromDisk, mode } = useFilesOnly();
  if (!fromDisk) return null;
  return (
    <p className="notice" data-testid="disk-notice">
      {mode === 'files' ? t('fileMode.diskNotice') : t('fileMode.diskNoticeBrowser')}
    </p>
  );
}
