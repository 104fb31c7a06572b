import { useTranslation } from 'react-i18next';
import type { Issue } from '../domain';

/** Problems in a file, each with its path and what is wrong, in the reader's language. */
export function IssueList({ issues }: { issues: readonly Issue[] }) {
  const { t } = useTranslation();
  return (
    <ul className="issue-list">
      {issues.map((issue, i) => (
        <li key={`${issue.path}-${i}`}>
          <code className="issue-path">{issue.path || t('import.wholeFile')}</code>
          {': '}
          <span className="issue-message">{t(`issue.${issue.code}`, { ...issue.params })}</span>
        </li>
      ))}
    </ul>
  );
}
