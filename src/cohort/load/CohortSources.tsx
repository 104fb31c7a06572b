import { useState } from 'react';
import { CohortLoadPanel } from './CohortLoadPanel';
import { SavedCohorts } from './SavedCohorts';
import { useCohortLoad } from './useCohortLoad';

/** Where a cohort comes from: loading files, and the cohorts saved before. */
export function CohortSources() {
  const [version, setVersion] = useState(0);
  const loader = useCohortLoad(() => setVersion((v) => v + 1));
  return (
    <div className="cohort-sources">
      <CohortLoadPanel loader={loader} />
      <SavedCohorts version={version} />
    </div>
  );
}
