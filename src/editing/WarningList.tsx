/** Warnings about an item that do not stop saving: a personnummer, a kind out of its period, an age known by year only. */
import { useTranslation } from 'react-i18next';
import type { Issue } from '../domain';
import { LIST_FIELDS } from './fields';

const FIELDS = new Set<string>(Object.values(LIST_FIELDS).flat());

export function WarningList({ warnings }: { warnings: readonly Issue[] }) {
  const { t } = useTranslation();
  // Paths are relative to the item: `title`, `extensions[0].note`, or an unknown property.
  const where = (path: string) => {
    const row = /^extensions\[(\d+)\]/.exec(path);
    if (row) return t('edit.extensions.row', { n: Number(row[1]) + 1 });
    const name = path.split(/[.[]/)[0];
    return FIELDS.has(name) ? t(`edit.field.${name as 'title'}`) : path;
  };
  return (
    <div className="notice notice-warning">
      <h3>{t('edit.warningsHeading')}</h3>
      <ul className="issue-list">
        {warnings.map((w, i) => (
          <li key={`${w.path}-${i}`}>
            {w.path === ''
              ? t(`issue.${w.code}`, { ...w.params })
              : t('edit.warningAt', { field: where(w.path), message: t(`issue.${w.code}`, { ...w.params }) })}
          </li>
        ))}
      </ul>
    </div>
  );
}
