/**
 * Opening a journey whose participant (or id) the library already holds, with other content,
 * asks first (issue 25, item 14), as the cohort loader does: replace the saved one, keep both
 * (two journeys of the same person), or open the file's as a new participant under a free
 * reference. The question is the UI's, registered here; without one the import keeps both.
 */
export type DuplicateAnswer = 'replace' | 'keepBoth' | 'openAsNew';
export type DuplicateAsk = (refs: string[]) => Promise<DuplicateAnswer | null>;

let ask: DuplicateAsk | null = null;

export function setDuplicateQuestion(question: DuplicateAsk | null) {
  ask = question;
}

/** The person's answer; null: cancelled (nothing is imported). */
export async function askDuplicate(refs: string[]): Promise<DuplicateAnswer | null> {
  return ask ? ask(refs) : 'keepBoth';
}

/** `ref-2`, `ref-3`, …: the first reference no journey in `taken` has. */
export function freeRef(ref: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n++) if (!taken.has(`${ref}-${n}`)) return `${ref}-${n}`;
}
