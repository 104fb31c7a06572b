import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { dayNumber, isoDate } from '../domain';
import { initI18n, switchLanguage } from '../i18n';
import type { Labels } from '../kit/useLabels';
import { barInfos } from './barInfo';
import type { BarLayout } from './layout';

let t: TFunction;
beforeAll(() => {
  t = initI18n('sv').t;
});

/** Names that a replace could mangle: "$&", a placeholder, a stand-in character, isolates. */
const NAMES: Record<string, string> = {
  a: 'Arbetspraktik',
  b: 'Pris $& och $1 {{to}} \uE002 slut',
  c: '\u2068SFI\u2069: kurs',
};

const labels = {
  intervention: (id: string) => NAMES[id] ?? id,
  interventionById: (id: string) => (id === 'c' ? { id, kind: 'sfi', start: '2024-02-03' } : undefined),
  day: (iso: string) => `dag ${iso}`,
} as unknown as Labels;

function bar(id: string, over: Partial<BarLayout> = {}): BarLayout {
  return {
    id,
    index: 0,
    lane: 'af',
    row: 0,
    category: 'work' as BarLayout['category'],
    activity: true,
    parallel: false,
    start: dayNumber('2024-01-01'),
    end: dayNumber('2024-06-30'),
    projected: false,
    segments: [],
    ruleLimit: null,
    endUnrecorded: false,
    exceeds: false,
    cancelled: false,
    status: 'ended',
    milestones: [],
    ...over,
  };
}

const BARS = [
  bar('a'),
  bar('b', { projected: true, exceeds: true, status: 'ongoing', ruleLimit: dayNumber('2024-05-01') }),
  bar('c', { end: null, status: 'planned' }),
  bar('a', {
    segments: [
      { kind: 'base', start: dayNumber('2024-01-01'), end: dayNumber('2024-03-31') },
      { kind: 'extension', start: dayNumber('2024-04-01'), end: dayNumber('2024-06-30'), months: 3 },
    ],
    milestones: [{ day: 90, at: dayNumber('2024-03-30'), upcoming: false, future: false, employed: true }],
  }),
  // A sickness period without an employment: a day mark, said so in the name (SFB 27 kap. 46 §).
  bar('a', {
    milestones: [{ day: 180, at: dayNumber('2024-06-28'), upcoming: false, future: false, employed: false }],
  }),
  bar('c', { parallel: true, status: 'ongoing' }),
];

/** What each bar says, written with one `t` call per text (as before the texts were cached). */
function plain(b: BarLayout) {
  const status = t(
    (
      {
        planned: 'interventions.statusPlanned',
        ongoing: 'interventions.statusOngoing',
        ended: 'interventions.statusEnded',
        cancelled: 'interventions.statusCancelled',
      } as const
    )[b.status],
  );
  const name = labels.intervention(b.id);
  const titles = b.milestones.map((m) =>
    t(m.employed ? 'law.milestone.tickTitle' : 'law.milestone.tickTitlePlain', {
      day: m.day,
      date: labels.day(isoDate(m.at)),
    }),
  );
  const shownName = b.exceeds ? `${name} (${t('timeline.exceeds')})` : name;
  const extensions = b.segments.filter((s) => s.kind === 'extension');
  return {
    aria:
      (b.end === null
        ? t('timeline.barLabelOpen', { name: shownName, from: labels.day('2024-02-03'), status })
        : t(b.projected ? 'timeline.barLabelProjected' : 'timeline.barLabel', {
            name: shownName,
            from: labels.day('2024-01-01'),
            to: labels.day('2024-06-30'),
            status,
          })) +
      (b.parallel ? `, ${t('parallel.aria')}` : '') +
      extensions
        .map(
          (s) =>
            `, ${t('timeline.extensionAria', { text: t('timeline.extension', { months: s.months }), date: labels.day(isoDate(s.start)) })}`,
        )
        .join('') +
      (titles.length ? `; ${t('law.milestone.ariaList', { list: titles.join(', ') })}` : ''),
    label: (b.parallel ? '‖ ' : '') + (b.exceeds ? `⚠ ${name} (${t('timeline.exceeds')})` : name),
    extensions: b.segments
      .filter((s) => s.kind === 'extension')
      .map((s) => t('timeline.extension', { months: s.months })),
    milestones: b.milestones.map((m) => t('law.milestone.tick', { day: m.day })),
  };
}

describe('barInfos', () => {
  for (const language of ['sv', 'en'] as const) {
    it(`says, in ${language}, what one t call per text says, whatever the names hold`, async () => {
      await switchLanguage(language);
      const infos = barInfos(BARS, labels, t);
      BARS.forEach((b, i) => {
        const want = plain(b);
        expect(infos.at(i).aria).toBe(want.aria);
        expect(infos.at(i).label).toBe(want.label);
        expect(infos.at(i).extensions.map((e) => e.text)).toEqual(want.extensions);
        expect(infos.at(i).milestones.map((m) => m.text)).toEqual(want.milestones);
      });
      expect(infos.at(1).aria).toContain(NAMES.b);
      expect(infos.at(1).aria).toContain(language === 'sv' ? 'beräknat' : 'projected');
      expect(infos.at(4).aria).toContain(language === 'sv' ? 'dagmärke: ingen anställning' : 'day mark: no employment');
      expect(infos.at(3).aria).not.toContain(language === 'sv' ? 'dagmärke' : 'day mark');
      // The name starts with what the label shows (WCAG 2.5.3), past the longest time too.
      Array.from({ length: infos.length }, (_, i) => infos.at(i)).forEach((info) =>
        expect(info.aria.startsWith(info.label.replace(/^(‖ )?(⚠ )?/, ''))).toBe(true),
      );
      // An extension's tag is in the name, with the day it starts (WCAG 1.3.1).
      expect(infos.at(3).aria).toContain(
        language === 'sv' ? 'förlängd +3 mån från dag 2024-04-01' : 'extended +3 mo from dag 2024-04-01',
      );
      // Beside the main line: said in the name and marked in the label, not by its thinness alone.
      expect(infos.at(5).aria).toContain(language === 'sv' ? 'vid sidan av' : 'beside the main line');
      expect(infos.at(5).label.startsWith('‖ ')).toBe(true);
    });

    it(`gives, in ${language}, each bar's label before its info is made, the same as the info's, and each info once`, async () => {
      await switchLanguage(language);
      const infos = barInfos(BARS, labels, t);
      const early = BARS.map((_, i) => infos.label(i));
      BARS.forEach((b, i) => expect(early[i]).toBe(plain(b).label));
      BARS.forEach((_, i) => expect(infos.at(i)).toBe(infos.at(i)));
      expect(infos.length).toBe(BARS.length);
    });
  }
});
