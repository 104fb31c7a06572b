/**
 * The rehabilitation chain in a sjukpenning spell's details: each milestone of its sickness
 * period with its date and how far off it is. With an employment when the period began, what
 * changes the day after each step (SFB 27 kap. 47–49 §§); without one, the days are only day
 * marks and one sentence says why (46 §).
 */
import { useTranslation } from 'react-i18next';
import { type Analysis, dayNumber } from '../domain';
import { RulesLink } from '../rules/RulesLink';
import type { Labels } from '../kit/useLabels';
import { periodOf } from './ruleNotes';

export function SicknessChain({
  id,
  analysis,
  asOf,
  labels,
}: {
  id: string;
  analysis: Analysis;
  asOf: string;
  labels: Labels;
}) {
  const { t } = useTranslation();
  const { milestones, employed } = periodOf(id, analysis);
  if (milestones.length === 0) return null;
  return (
    <div className="sickness-chain" data-testid="sickness-chain" data-employed={employed}>
      <h4>{t('law.milestone.heading')}</h4>
      <p data-testid="sickness-period-note">
        {employed ? t('law.milestone.employedNote') : t('law.milestone.unemployed')} {t('law.milestone.joined')}
      </p>
      <ul>
        {milestones.map((m) => {
          const days = dayNumber(m.date) - dayNumber(asOf);
          const when =
            days < 0
              ? t('law.milestone.passed')
              : days === 0
                ? t('law.milestone.today')
                : t('law.milestone.inDays', { count: days });
          const item = { day: m.day, date: labels.day(m.date) };
          return (
            <li
              key={`${m.day}-${m.date}`}
              data-milestone={m.day}
              data-employed={m.employed}
              className={m.upcoming ? 'is-upcoming' : undefined}
            >
              <strong>{m.employed ? t('law.milestone.item', item) : t('law.milestone.plainItem', item)}</strong> ({when}
              ).{m.employed ? <> {t(`law.milestone.rule${m.day}`)}.</> : null}
            </li>
          );
        })}
      </ul>
      <RulesLink kind="sjukpenning" kindLabel={labels.kind('sjukpenning')} />
    </div>
  );
}
