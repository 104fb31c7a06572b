import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addImported, importFiles } from '../io/later';
import { useStore } from '../store';
import { dropToCohort } from '../kit/dropTarget';

const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');

/** Files dropped anywhere on the page are imported like files opened with the button (on the Kohort page: loaded into the cohort). */
export function DropZone() {
  const { t } = useTranslation();
  const [active, setActive] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setActive(true);
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setActive(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setActive(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length === 0 || dropToCohort(files, useStore.getState().page.name)) return;
      void importFiles(files).then(addImported);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  if (!active) return null;
  return (
    <div className="dropzone" aria-hidden="true">
      <p>{t('dropzone')}</p>
    </div>
  );
}
