import { useTranslation } from 'react-i18next';
import type { Issue } from '../domain';
import { useMessages } from '../i18n';
import { formatNumber } from '../i18n/format';
import { download } from '../io/download';
import { safeFileName } from '../io/later';
import { isolateParams } from './isolate';
import { issuesAsText, shownIssues } from './issueText';

/**
 * Problems in a file, each with its path and what is wrong, in the reader's language. A long
 * list shows its first problems, says how many more there are and offers them all as text.
 */
export function IssueList({ issues, file }: { issues: readonly Issue[]; file?: string }) {
  const { t, i18n } = useTranslation();
  const n = (count: number) => formatNumber(count, i18n.language === 'en' ? 'en' : 'sv');
  const say = (issue: Issue) => t(`issue.${issue.code}`, { ...isolateParams(issue.params) });
  const { shown, more } = shownIssues(issues);
  // The problems' messages load with what shows them; here too, so that no key shows in their place.
  if (!useMessages('issues')) return null;
  return (
    <>
      <ul className="issue-list">
        {shown.map((issue, i) => (
          <li key={`${issue.path}-${i}`}>
            <code className="issue-path" dir="ltr">
              <bdi>{issue.path || t('import.wholeFile')}</bdi>
            </code>
            {': '}
            <bdi className="issue-message">{say(issue)}</bdi>
          </li>
        ))}
      </ul>
      {more > 0 && (
        <p className="issue-more">
          {t('problemList.more', { count: more, n: n(more) })}{' '}
          <button
            type="button"
            onClick={async () =>
              download(
                issuesAsText(issues, say, t('import.wholeFile')),
                `${file ? `${await safeFileName(file)}-` : ''}${t('problemList.fileName')}.txt`,
                'text/plain;charset=utf-8',
              )
            }
          >
            {t('problemList.download', { count: issues.length, n: n(issues.length) })}
          </button>
        </p>
      )}
    </>
  );
}
