/**
 * What a bar says, worked out once per journey and language (not per bar per zoom frame):
 * its accessible name, its label, the texts of its extensions and sickness milestones, and
 * its dates as the data attributes carry them.
 */
import type { TFunction } from 'i18next';
import { isoDate } from '../domain';
import type { Labels } from '../kit/useLabels';
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

/** Characters no message or value uses, standing for the values while a message is looked up once. */
const SLOT = ['\uE000', '\uE001', '\uE002', '\uE003'] as const;
const SLOTS = /[\uE000-\uE003]/g;

/**
 * `t` for many bars: each message is looked up and interpolated once per call of `barInfos`
 * (with stand-ins for the values, filled in by one replace per bar), and texts that repeat
 * (a status, "+6 mån", a date) are made once. The result is the same text `t` gives.
 */
function cachedT(t: TFunction, labels: Labels) {
  const texts = new Map<string, string>();
  const once = (key: string, make: () => string) => {
    let text = texts.get(key);
    if (text === undefined) {
      text = make();
      texts.set(key, text);
    }
    return text;
  };
  const templates = new Map<string, string>();
  const NAMES = ['name', 'from', 'to', 'status'] as const;
  // The keys below are this file's own literals, each in the catalogue (barInfo.test.ts compares with `t`).
  const lookUp = t as unknown as (key: string, options: Record<string, string | number>) => string;
  return {
    text: (key: string, options?: Record<string, string | number>) =>
      once(options ? `${key}\u0000${JSON.stringify(options)}` : key, () => lookUp(key, options ?? {})),
    day: (iso: string) => once(`\u0001${iso}`, () => labels.day(iso)),
    /** A bar's name: `{{name}}`, `{{from}}`, `{{to}}` and `{{status}}` filled in. */
    label(
      key: 'timeline.barLabelOpen' | 'timeline.barLabelProjected' | 'timeline.barLabel',
      values: Partial<Record<(typeof NAMES)[number], string>>,
    ) {
      let template = templates.get(key);
      if (template === undefined) {
        const slots = { name: SLOT[0], from: SLOT[1], to: SLOT[2], status: SLOT[3] };
        template = t(key, slots);
        templates.set(key, template);
      }
      return template.replace(SLOTS, (slot) => values[NAMES[SLOT.indexOf(slot as (typeof SLOT)[number])]] ?? '');
    },
  };
}

type CachedT = ReturnType<typeof cachedT>;

/** The label a bar carries: its name, past the statutory maximum with "⚠" and the words, beside the main line with "‖". */
function barLabel(bar: BarLayout, labels: Labels, c: CachedT): string {
  const name = labels.intervention(bar.id);
  const shown = bar.exceeds ? `⚠ ${name} (${c.text('timeline.exceeds')})` : name;
  return (bar.parallel ? '‖ ' : '') + shown;
}

export function barInfo(bar: BarLayout, labels: Labels, t: TFunction, cached = cachedT(t, labels)): BarInfo {
  const c: CachedT = cached;
  const name = labels.intervention(bar.id);
  const open = bar.end === null;
  // An end that passed unrecorded is not said to be "avslutad": the file does not say so.
  const status = c.text(bar.endUnrecorded ? 'room.endUnrecordedStatus' : `interventions.${STATUS_KEY[bar.status]}`);
  const milestones = bar.milestones.map((m) => ({
    text: c.text('law.milestone.tick', { day: m.day }),
    // Without an employment the day is only a day mark (SFB 27 kap. 46 §): said in words, not only drawn.
    title: c.text(m.employed ? 'law.milestone.tickTitle' : 'law.milestone.tickTitlePlain', {
      day: m.day,
      date: c.day(isoDate(m.at)),
    }),
  }));
  const list = milestones.map((m) => m.title).join(', ');
  const exceeds = bar.exceeds ? c.text('timeline.exceeds') : null;
  const extensions = bar.segments
    .filter((s) => s.kind === 'extension')
    .map((s) => ({
      start: s.start,
      end: s.end,
      iso: isoDate(s.start),
      text: c.text('timeline.extension', { months: s.months ?? 0 }),
    }));
  // The name starts with the words the label shows (WCAG 2.5.3): the name, and past the statutory
  // maximum "(efter längsta tiden)" as the label writes it, said in words and not only drawn in red (1.4.1).
  const shownName = exceeds ? `${name} (${exceeds})` : name;
  const aria =
    (open
      ? c.label('timeline.barLabelOpen', {
          name: shownName,
          from: c.day(labels.interventionById(bar.id)?.start ?? isoDate(bar.start)),
          status,
        })
      : c.label(bar.projected ? 'timeline.barLabelProjected' : 'timeline.barLabel', {
          name: shownName,
          from: c.day(isoDate(bar.start)),
          to: c.day(isoDate(bar.end!)),
          status,
        })) +
    // Beside the main line (issue 21): said in the name, not only drawn thinner.
    (bar.parallel ? `, ${c.text('parallel.aria')}` : '') +
    // Each extension's tag ("+4 mån") in words too, with the day it starts (WCAG 1.3.1).
    extensions.map((e) => `, ${c.text('timeline.extensionAria', { text: e.text, date: c.day(e.iso) })}`).join('') +
    (list ? `; ${c.text('law.milestone.ariaList', { list })}` : '');
  return {
    start: isoDate(bar.start),
    end: bar.end === null ? 'open' : isoDate(bar.end),
    limit: bar.ruleLimit === null ? undefined : isoDate(bar.ruleLimit),
    aria,
    label: barLabel(bar, labels, c),
    extensions,
    milestones,
  };
}

/**
 * Every bar's info, each worked out when first asked for: a big journey is drawn in slices
 * (slices.ts), and the bars not drawn yet need none (at 10,000 bars, making them all took
 * about 160 ms of the first render). `label` is the name alone, which placing the names
 * needs for every bar in view.
 */
export type BarInfos = {
  readonly length: number;
  at(index: number): BarInfo;
  label(index: number): string;
};

export function barInfos(bars: readonly BarLayout[], labels: Labels, t: TFunction): BarInfos {
  const cached = cachedT(t, labels);
  const made: (BarInfo | undefined)[] = new Array<BarInfo | undefined>(bars.length);
  return {
    length: bars.length,
    at: (i) => (made[i] ??= barInfo(bars[i], labels, t, cached)),
    label: (i) => made[i]?.label ?? barLabel(bars[i], labels, cached),
  };
}
