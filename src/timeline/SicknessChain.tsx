/**
 * The rehabilitation chain in a sjukpenning spell's details: each milestone of its sickness
 * period with its date, how far off it is, and what changes the day after (SFB 27 kap.).
 */
import { useTranslation } from 'react-i18next';
import { type Analysis, dayNumber } from '../domain';
import { RulesLink } from '../rules/RulesLink';
import type { Labels } from '../kit/useLabels';

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
  const milestones = analysis.sicknessMilestones.filter((m) => m.interventions.includes(id));
  if (milestones.length === 0) return null;
  return (
    <div className="sickness-chain" data-testid="sickness-chain">
      <h4>{t('law.milestone.heading')}</h4>
      <ul>
        {milestones.map((m) => {
          const days = dayNumber(m.date) - dayNumber(asOf);
          const when =
            days < 0
              ? t('law.milestone.passed')
              : days === 0
                ? t('law.milestone.today')
                : t('law.milestone.inDays', { count: days });
          return (
            <li key={`${m.day}-${m.date}`} data-milestone={m.day} className={m.upcoming ? 'is-upcoming' : undefined}>
              <strong>{t('law.milestone.item', { day: m.day, date: labels.day(m.date) })}</strong> ({when}).{' '}
              {t(`law.milestone.rule${m.day}`)}.
            </li>
          );
        })}
      </ul>
      <RulesLink kind="sjukpenning" kindLabel={labels.kind('sjukpenning')} />
    </div>
  );
}
