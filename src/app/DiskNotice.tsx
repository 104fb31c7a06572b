import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadMessages } from '../i18n';
import { useFilesOnly } from '../store/filesOnly';

/**
 * The page is a file opened from the disk (the single file, dist-single/resan.html): the first
 * screen says that every other local HTML file shares the browser's storage, and so where Resan
 * keeps journeys here (issue 25, item 13).
 */
export function DiskNotice() {
  const { t } = useTranslation();
  const { fromDisk, mode } = useFilesOnly();
  // Its words load only from the disk: the served app's first screen does not carry them.
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (fromDisk) void loadMessages('fileMode').then(() => setReady(true));
  }, [fromDisk]);
  if (!fromDisk || !ready) return null;
  return (
    // A status (as the other storage notices): it appears once its words have loaded, and axe's
    // "region" rule wants the page's content in a landmark or a live region.
    <section className="notice" role="status" data-testid="disk-notice">
      <p>{mode === 'files' ? t('fileMode.diskNotice') : t('fileMode.diskNoticeBrowser')}</p>
    </section>
  );
}
