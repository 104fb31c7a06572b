import { useTranslation } from 'react-i18next';
import { type Analysis, dayNumber } from '../domain';
import { createScenario } from '../kit/scenarioActions';
import { findingId } from '../domain/findingId';
import type { Labels } from '../kit/useLabels';
import { Marked } from '../kit/FileText';
import { ParallelHintsLater } from './ParallelHintsLater';
import { FindingItem } from './FindingItem';
import { UnrecordedEnds } from './UnrecordedEnds';

/** The spell of a milestone's period that its day falls in (first in file order). */
function spellOf(m: Analysis['sicknessMilestones'][number], analysis: Analysis, labels: Labels): string {
  return (
    m.interventions.find((id) => {
      const start = labels.interventionById(id)?.start;
      const end = analysis.interventions.find((a) => a.id === id)?.effectiveEnd;
      return start !== undefined && start <= m.date && (end === null || end === undefined || m.date <= end);
    }) ?? m.interventions[0]
  );
}

/** Days 90, 180 and 365 of a sickness period within the cliff horizon: choosing one shows its spell. */
function UpcomingMilestones({ analysis, asOf, labels }: { analysis: Analysis; asOf: string; labels: Labels }) {
  const { t } = useTranslation();
  const upcoming = analysis.sicknessMilestones.filter((m) => m.upcoming);
  if (upcoming.length === 0) return null;
  return (
    <ul className="findings" data-testid="upcoming-milestones">
      {upcoming.map((m) => {
        const spell = spellOf(m, analysis, labels);
        const days = dayNumber(m.date) - dayNumber(asOf);
        return (
          <FindingItem
            key={`${m.interventions[0]}-${m.day}`}
            sel={{ kind: 'intervention', id: spell }}
            className="finding-milestone"
          >
            <strong>
              {days === 0
                ? t('law.milestone.upcomingToday', { day: m.day })
                : t('law.milestone.upcoming', { day: m.day, count: days })}
            </strong>
            <span className="period">
              <Marked
                text={t('law.milestone.upcomingDetail', { date: labels.day(m.date), name: labels.intervention(spell) })}
              />
            </span>
            <span>{t(`law.milestone.rule${m.day}`)}.</span>
          </FindingItem>
        );
      })}
    </ul>
  );
}

/** Gaps, waits after försteg, grey zones and cliffs as readable lists. */
export function FindingsList({ analysis, asOf, labels }: { analysis: Analysis; asOf: string; labels: Labels }) {
  const { t } = useTranslation();
  const names = (ids: string[]) => ids.map(labels.intervention).join(', ');
  const actors = (ids: string[]) => (ids.length ? ids.map(labels.actor).join(', ') : t('findings.greyZoneUnknown'));
  const period = (from: string, to: string) => t('findings.gapPeriod', { from: labels.day(from), to: labels.day(to) });

  return (
    <>
      <ParallelHintsLater analysis={analysis} asOf={asOf} labels={labels} />
      <UnrecordedEnds analysis={analysis} asOf={asOf} labels={labels} />
      <section aria-labelledby="cliffs-heading" className="panel" data-testid="cliffs">
        <h2 id="cliffs-heading">{t('findings.cliffs')}</h2>
        <UpcomingMilestones analysis={analysis} asOf={asOf} labels={labels} />
        {analysis.cliffs.length === 0 ? (
          analysis.sicknessMilestones.some((m) => m.upcoming) ? null : (
            <p>{t('findings.noCliffs')}</p>
          )
        ) : (
          <ul className="findings">
            {analysis.cliffs.map((c) => (
              <FindingItem
                key={c.intervention}
                sel={{ kind: 'cliff', id: findingId.cliff(c) }}
                className="finding-cliff"
                actions={
                  <>
                    <button
                      type="button"
                      onClick={() =>
                        createScenario(
                          t('scenarios.nameExtend', { name: labels.intervention(c.intervention), months: 6 }),
                          [{ op: 'extend', intervention: c.intervention, months: 6 }],
                        )
                      }
                    >
                      {t('scenarios.extend6')}
                    </button>
                    {c.headroomMonths !== null && c.headroomMonths > 0 && (
                      <button
                        type="button"
                        onClick={() =>
                          createScenario(
                            t('scenarios.nameExtendMax', {
                              name: labels.intervention(c.intervention),
                              months: c.headroomMonths,
                            }),
                            [{ op: 'extend', intervention: c.intervention, months: c.headroomMonths! }],
                          )
                        }
                      >
                        {t('scenarios.extendMax', { months: c.headroomMonths })}
                      </button>
                    )}
                  </>
                }
              >
                <strong>
                  <Marked
                    text={t('findings.cliff', {
                      name: labels.intervention(c.intervention),
                      date: labels.day(c.end),
                      days: c.daysLeft,
                    })}
                  />
                </strong>{' '}
                {c.headroomMonths === null
                  ? t('findings.cliffNoRule')
                  : c.headroomMonths > 0
                    ? t('findings.cliffHeadroom', { count: c.headroomMonths })
                    : t('findings.cliffNoHeadroom')}
              </FindingItem>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="gaps-heading" className="panel" data-testid="gaps">
        <h2 id="gaps-heading">{t('findings.gaps')}</h2>
        {analysis.gaps.length === 0 ? (
          <p>{t('findings.noGaps')}</p>
        ) : (
          <ul className="findings">
            {analysis.gaps.map((g) => (
              <FindingItem key={g.start} sel={{ kind: 'gap', id: findingId.gap(g) }} className="finding-gap">
                <strong>{t('findings.gap', { days: g.days, working: g.workingDays })}</strong>
                <span className="period">{period(g.start, g.end)}</span>
                <span>
                  <Marked
                    text={
                      g.open
                        ? t('findings.gapOpen')
                        : g.before.length && g.after.length
                          ? t('findings.gapBetween', { before: names(g.before), after: names(g.after) })
                          : g.after.length
                            ? t('findings.gapBeforeOnly', { after: names(g.after) })
                            : t('findings.gapAfterOnly', { before: names(g.before) })
                    }
                  />
                </span>
              </FindingItem>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="waits-heading" className="panel" data-testid="waits">
        <h2 id="waits-heading">{t('findings.waits')}</h2>
        {analysis.forstegWaits.length === 0 ? (
          <p>{t('findings.noWaits')}</p>
        ) : (
          <ul className="findings">
            {analysis.forstegWaits.map((w) => {
              const forsteg = labels.intervention(w.forsteg);
              return (
                <FindingItem
                  key={w.forsteg}
                  sel={{ kind: 'wait', id: findingId.wait(w) }}
                  className="finding-wait"
                  actions={
                    w.days > 0 && w.next ? (
                      <button
                        type="button"
                        onClick={() =>
                          createScenario(
                            t('scenarios.nameStartAfter', { next: labels.intervention(w.next!), forsteg }),
                            [{ op: 'startAfter', intervention: w.next!, after: w.forsteg }],
                          )
                        }
                      >
                        {t('scenarios.startNext')}
                      </button>
                    ) : undefined
                  }
                >
                  {w.days > 0 && w.start && w.end ? (
                    <>
                      <strong>{t('findings.wait', { days: w.days })}</strong>
                      <span className="period">{period(w.start, w.end)}</span>
                      <span>
                        <Marked text={t('findings.waitAfter', { forsteg })} />
                      </span>
                      <span>
                        <Marked
                          text={
                            w.open
                              ? t('findings.waitOpen')
                              : w.next
                                ? t('findings.waitNext', { next: labels.intervention(w.next) })
                                : ''
                          }
                        />
                      </span>
                    </>
                  ) : w.noNextStep ? (
                    <strong>
                      <Marked text={t('findings.waitNoNextStep', { forsteg })} />
                    </strong>
                  ) : (
                    <Marked
                      text={
                        w.next
                          ? t('findings.waitNoneNext', { forsteg, next: labels.intervention(w.next) })
                          : t('findings.waitNone', { forsteg })
                      }
                    />
                  )}
                </FindingItem>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="greyzones-heading" className="panel" data-testid="greyzones">
        <h2 id="greyzones-heading">{t('findings.greyZones')}</h2>
        {analysis.greyZones.length === 0 ? (
          <p>{t('findings.noGreyZones')}</p>
        ) : (
          <ul className="findings">
            {analysis.greyZones.map((z) => (
              <FindingItem
                key={`${z.start}-${z.manual}`}
                sel={{ kind: 'greyzone', id: findingId.greyzone(z) }}
                className="finding-greyzone"
              >
                <strong>
                  {z.manual
                    ? t('findings.greyZoneManual', { days: z.days })
                    : t('findings.greyZone', { from: actors(z.fromActors), to: actors(z.toActors), days: z.days })}
                </strong>
                <span className="period">{period(z.start, z.end)}</span>
                {z.open && <span>{t('findings.greyZoneOpen')}</span>}
              </FindingItem>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
