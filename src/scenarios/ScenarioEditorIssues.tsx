/** Problems of a scenario in the reader's language, each with the change it is in. */
import { useTranslation } from 'react-i18next';
import type { Issue } from '../domain';

/**
 * `issues` have paths relative to the scenario (`changes[1].intervention.extensions[0]`).
 * With `changeOnly`, a place inside a change is named by the change alone.
 */
export function ScenarioEditorIssues({ issues, changeOnly }: { issues: readonly Issue[]; changeOnly?: boolean }) {
  const { t } = useTranslation();
  const where = (path: string) => {
    const m = /^changes\[(\d+)\]\.?(.*)$/.exec(path);
    if (m) {
      const n = Number(m[1]) + 1;
      return m[2] === '' || changeOnly
        ? t('scenarioEditor.change', { n })
        : t('scenarioEditor.changeAt', { n, field: m[2] });
    }
    if (path === 'name') return t('scenarioEditor.name');
    return path === '' ? t('scenarioEditor.wholeScenario') : path;
  };
  return (
    <ul className="issue-list">
      {issues.map((e, i) => (
        <li key={`${e.path}-${i}`}>
          {t('scenarioEditor.issueAt', { where: where(e.path), message: t(`issue.${e.code}`, { ...e.params }) })}
        </li>
      ))}
    </ul>
  );
}
