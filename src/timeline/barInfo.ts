/**
 * What a bar says, worked out once per journey and language (not per bar per zoom frame):
 * its accessible name, its label, the texts of its extensions and sickness milestones, and
 * its dates as the data attributes carry them.
 */
import type { TFunction } from 'i18next';
import { isoDate } from '../domain';
import type { Labels } from '../ui/useLabels';
import type { BarLayout } from './layout';

export type BarInfo = {
  start: string;
  end: string;
  limit: string | undefined;
  aria: string;
  label: string;
  extensions: { start: number; end: number; iso: string; text: string }[];
  milestones: { text: string; title: string }[];
};

const STATUS_KEY = {
  planned: 'statusPlanned',
  ongoing: 'statusOngoing',
  ended: 'statusEnded',
  cancelled: 'statusCancelled',
} as const;

export function barInfo(bar: BarLayout, labels: Labels, t: TFunction): BarInfo {
  const name = labels.intervention(bar.id);
  const open = bar.end === null;
  const status = t(`interventions.${STATUS_KEY[bar.status]}`);
  const milestones = bar.milestones.map((m) => ({
    text: t('law.milestone.tick', { day: m.day }),
    title: t('law.milestone.tickTitle', { day: m.day, date: labels.day(isoDate(m.at)) }),
  }));
  const list = milestones.map((m) => m.title).join(', ');
  const aria =
    (open
      ? t('timeline.barLabelOpen', {
          name,
          from: labels.day(labels.interventionById(bar.id)?.start ?? isoDate(bar.start)),
          status,
        })
      : t(bar.projected ? 'timeline.barLabelProjected' : 'timeline.barLabel', {
          name,
          from: labels.day(isoDate(bar.start)),
          to: labels.day(isoDate(bar.end!)),
          status,
        })) +
    // Past the statutory maximum is said in the name too, not only drawn in red (WCAG 1.4.1).
    (bar.exceeds ? `, ${t('timeline.exceeds')}` : '') +
    (list ? `; ${t('law.milestone.ariaList', { list })}` : '');
  return {
    start: isoDate(bar.start),
    end: bar.end === null ? 'open' : isoDate(bar.end),
    limit: bar.ruleLimit === null ? undefined : isoDate(bar.ruleLimit),
    aria,
    label: bar.exceeds ? `⚠ ${name} (${t('timeline.exceeds')})` : name,
    extensions: bar.segments
      .filter((s) => s.kind === 'extension')
      .map((s) => ({
        start: s.start,
        end: s.end,
        iso: isoDate(s.start),
        text: t('timeline.extension', { months: s.months ?? 0 }),
      })),
    milestones,
  };
}

export function barInfos(bars: readonly BarLayout[], labels: Labels, t: TFunction): BarInfo[] {
  return bars.map((b) => barInfo(b, labels, t));
}
