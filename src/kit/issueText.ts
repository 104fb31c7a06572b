/**
 * Long problem lists: a file can hold thousands of problems, and drawing them all freezes the
 * page. The screen shows the first ones and says how many more there are; the whole list is a
 * text file to download.
 */
import type { Issue } from '../domain';

/** How many problems a list shows on screen. */
export const SHOWN_ISSUES = 100;

export function shownIssues(issues: readonly Issue[], limit = SHOWN_ISSUES): { shown: readonly Issue[]; more: number } {
  return issues.length <= limit
    ? { shown: issues, more: 0 }
    : { shown: issues.slice(0, limit), more: issues.length - limit };
}

/** One problem per line, `path: message`, in the reader's words. */
export function issuesAsText(issues: readonly Issue[], say: (issue: Issue) => string, wholeFile: string): string {
  return `${issues.map((i) => `${i.path || wholeFile}: ${say(i)}`).join('\n')}\n`;
}
