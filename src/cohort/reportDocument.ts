/**
 * The Lex Heller draft as a document: one model for the copy, the downloads and the print,
 * so that they all say the same. With small cells shown, the mark is in the title, at the
 * top and at the end of every form of it: the draft cannot leave the page without it.
 */
import { suppressCount } from '../domain';
import { type ExportMeta, exportHeader } from './describe';
import { type ReportDraft, SECTIONS } from './lexHeller';
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
    definition: `${w.say('report.definitionLabel')}. ${d.definition}`,
    sections: SECTIONS.map((id) => ({ id, heading: w.say(`report.sections.${id}`), text: d[id].trim() })),
    aboutHeading: w.say('report.about'),
    about: exportHeader(meta, w),
  };
}

/** The draft as Markdown: title, the details, the basis line, the four sections and what it rests on. */
export function reportMarkdown(doc: ReportDoc): string {
  const lines = [`# ${doc.title}`, ''];
  if (doc.mark) lines.push(`**${doc.mark}**`, '');
  for (const [label, value] of doc.head) lines.push(`- **${label}:** ${value}`);
  lines.push('', `_${doc.basis}_`, '', doc.definition, '');
  for (const s of doc.sections) lines.push(`## ${s.heading}`, '', s.text, '');
  lines.push(`## ${doc.aboutHeading}`, '');
  for (const [label, value] of doc.about) lines.push(`- ${label}: ${value}`);
  if (doc.mark) lines.push('', `**${doc.mark}**`);
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The draft as plain text, headings underlined (what "Kopiera" puts on the clipboard). */
export function reportText(doc: ReportDoc): string {
  const lines = [doc.title, '='.repeat(doc.title.length), ''];
  if (doc.mark) lines.push(doc.mark, '');
  for (const [label, value] of doc.head) lines.push(`${label}: ${value}`);
  lines.push('', doc.basis, '', doc.definition, '');
  for (const s of doc.sections) lines.push(s.heading, '-'.repeat(s.heading.length), s.text, '');
  lines.push(doc.aboutHeading, '-'.repeat(doc.aboutHeading.length));
  for (const [label, value] of doc.about) lines.push(`${label}: ${value}`);
  if (doc.mark) lines.push('', doc.mark);
  return `${lines.join('\n').trimEnd()}\n`;
}
