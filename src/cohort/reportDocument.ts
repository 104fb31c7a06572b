/**
 * The Lex Heller draft as a document: one model for the copy, the downloads and the print,
 * so that they all say the same. With small cells shown, the mark is in the title, at the
 * top and at the end of every form of it: the draft cannot leave the page without it.
 */
import { suppressCount } from '../domain';
import { type ExportMeta, exportHeader } from './describe';
import { type ReportDraft, SECTIONS } from './lexHeller';
import { mdBlock, mdInline, plainText } from './markdownText';
import { type Words, showValue } from './say';

/** The cohort behind the draft: how many journeys in all and in the selection. */
export type ReportCohort = { all: number; selected: number };

export type ReportDoc = {
  /** "SMÅ TAL VISAS – endast för eget arbete" while small cells are shown, else null. */
  mark: string | null;
  /** The full title: the mark, the coordinator's title and (demo cohort) that the data are synthetic. */
  title: string;
  forbund: string;
  head: [label: string, value: string][];
  basis: string;
  definitionLabel: string;
  definition: string;
  sections: { id: (typeof SECTIONS)[number]; heading: string; text: string }[];
  aboutHeading: string;
  about: [label: string, value: string][];
};

export function reportDocument(d: ReportDraft, cohort: ReportCohort, meta: ExportMeta, w: Words): ReportDoc {
  const mark = meta.suppress ? null : w.say('small.mark');
  const count = (n: number) => showValue(suppressCount(n, meta.suppress), w.language);
  const given = (s: string) => s.trim() || w.say('report.head.empty');
  const title = [
    mark ? `[${mark}] ` : '',
    d.title.trim() || w.say('report.title', { what: '' }).trim(),
    meta.synthetic ? ` (${w.say('report.synthetic')})` : '',
  ].join('');
  const day = (iso: string) => (iso ? w.day(iso) : w.say('report.head.empty'));
  const basisKey = `report.basis${meta.synthetic ? 'Synthetic' : ''}${mark ? 'Shown' : ''}`;
  return {
    mark,
    title,
    forbund: d.forbund.trim(),
    head: [
      [w.say('report.head.forbund'), given(d.forbund)],
      [w.say('report.head.date'), day(d.date)],
      [w.say('report.head.role'), given(d.role)],
      [w.say('report.head.recipients'), given(d.recipients)],
      [w.say('report.head.parties'), given(d.parties)],
      [
        w.say('report.head.period'),
        w.say('report.head.periodValue', {
          from: day(d.periodFrom),
          to: day(d.periodTo),
          all: count(cohort.all),
          selected: count(cohort.selected),
        }),
      ],
    ],
    basis: w.say(basisKey, { count: count(cohort.selected), date: w.day(meta.asOf), mark }),
    definitionLabel: w.say('report.definitionLabel'),
    definition: d.definition,
    sections: SECTIONS.map((id) => ({ id, heading: w.say(`report.sections.${id}`), text: d[id].trim() })),
    aboutHeading: w.say('report.about'),
    about: exportHeader(meta, w),
  };
}

/**
 * The draft as Markdown: title, the details, the basis line, the four sections and what it
 * rests on. The draft's own headings, list and emphasis are the only markup: every piece of
 * text in them is escaped (`mdInline`, `mdBlock`), so the file reads as text in any viewer.
 */
export function reportMarkdown(doc: ReportDoc): string {
  const [i, b] = [mdInline, mdBlock];
  const lines = [`# ${i(doc.title)}`, ''];
  if (doc.mark) lines.push(`**${i(doc.mark)}**`, '');
  for (const [label, value] of doc.head) lines.push(`- **${i(label)}:** ${i(value)}`);
  lines.push('', `_${i(doc.basis)}_`, '', `${i(doc.definitionLabel)}. ${b(doc.definition)}`, '');
  for (const s of doc.sections) lines.push(`## ${i(s.heading)}`, '', b(s.text), '');
  lines.push(`## ${i(doc.aboutHeading)}`, '');
  for (const [label, value] of doc.about) lines.push(`- ${i(label)}: ${i(value)}`);
  if (doc.mark) lines.push('', `**${i(doc.mark)}**`);
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The draft as plain text, headings underlined (what "Kopiera" puts on the clipboard). */
export function reportText(doc: ReportDoc): string {
  const lines = [doc.title, '='.repeat(doc.title.length), ''];
  if (doc.mark) lines.push(doc.mark, '');
  for (const [label, value] of doc.head) lines.push(`${label}: ${value}`);
  lines.push('', doc.basis, '', `${doc.definitionLabel}. ${doc.definition}`, '');
  for (const s of doc.sections) lines.push(s.heading, '-'.repeat(s.heading.length), s.text, '');
  lines.push(doc.aboutHeading, '-'.repeat(doc.aboutHeading.length));
  for (const [label, value] of doc.about) lines.push(`${label}: ${value}`);
  if (doc.mark) lines.push('', doc.mark);
  // No control characters from a file or a paste (they can hide or reorder what a reader sees).
  return `${plainText(lines.join('\n')).trimEnd()}\n`;
}
