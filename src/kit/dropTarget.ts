/**
 * Where files dropped on the page go: the journey import, unless a view has taken them over
 * while it is shown (the Kohort view loads dropped files into the cohort). Kept outside the
 * store: it holds a function, not state.
 */
let cohortTaker: ((files: File[]) => void) | null = null;

/** The Kohort view's loader takes dropped files while it is mounted; returns the release. */
export function takeDroppedFiles(taker: (files: File[]) => void): () => void {
  cohortTaker = taker;
  return () => {
    if (cohortTaker === taker) cohortTaker = null;
  };
}

/** Gives the files to the cohort loader when the cohort is the page shown; false otherwise. */
export function dropToCohort(files: File[], page: string): boolean {
  if (page !== 'cohort' || !cohortTaker) return false;
  cohortTaker(files);
  return true;
}
