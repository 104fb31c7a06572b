import { useState } from 'react';
import { CohortLoadPanel } from './CohortLoadPanel';
import { SavedCohorts } from './SavedCohorts';
import { useCohortLoad } from './useCohortLoad';
import { useFilesOnly } from '../../store/filesOnly';

/** Where a cohort comes from: loading files, and the cohorts saved before (none in files-only mode). */
export function CohortSources() {
  const [version, setVersion] = useState(0);
  const loader = useCohortLoad(() => setVersion((v) => v + 1));
  const files = useFilesOnly((s) => s.mode === 'files');
  return (
    <div className="cohort-sources">
      <CohortLoadPanel loader={loader} />
      {!files && <SavedCohorts version={version} />}
    </div>
  );
}
