/**
 * The Lex Heller draft: choose a finding, fill in the report's details, read the challenge
 * written from the figures, choose the consequences, write the proposal and the feedback,
 * then copy, print or download it. With small cells shown, every way out carries the mark.
 */
import { type ClipboardEvent, useMemo, useState } from 'react';
import type { CohortFigures, Span } from '../domain';
import type { JourneyFacts } from '../domain/cohort/facts';
import { download } from '../io/download';
import { safeFileName } from '../io/fileName';
import type { ExportMeta } from './describe';
import {
  type FindingText,
  type ReportDraft as Draft,
  type ReportFields,
  type ReportFinding,
  type PooledFindings,
  draftFinding,
  findingKey,
} from './lexHeller';
import type { Overview } from './overview';
import { ReportConsequences } from './ReportConsequences';
import { reportDocument, reportMarkdown, reportText } from './reportDocument';
import { ReportFieldset } from './ReportFieldset';
import { startingFields } from './reportFields';
import { ReportPrint } from './ReportPrint';
import type { Words } from './say';
import './report.css';

type Props = {
  figures: CohortFigures;
  shown: Overview;
  facts: readonly JourneyFacts[];
  /** How many journeys are selected (the figures are theirs) and how many the whole cohort has. */
  selected: number;
  all: number;
  /** The period the selected journeys cover (found in the workers' pass), for the draft's period fields. */
  span: Span | null;
  suppress: boolean;
  meta: ExportMeta;
  w: Words;
  /** Pooled figures (Sammanställ): no journeys or facts; the cliffs as counts. */
  pooled?: PooledFindings;
};
type Edits = {
  finding: string;
  text: Partial<FindingText>;
  own: Partial<ReportFields & Pick<Draft, 'proposal' | 'feedback'>>;
};

/** What was selected or typed in a field (a copy out of the draft carries the mark too). */
function selectedText(target: EventTarget): string {
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) {
    const [from, to] = [target.selectionStart ?? 0, target.selectionEnd ?? 0];
    return target.value.slice(from, to);
  }
  return window.getSelection()?.toString() ?? '';
}

export function ReportDraft({ figures, shown, facts, selected, all, span, suppress, meta, w, pooled }: Props) {
  const pairs = figures.greyZones.handovers;
  const [kind, setKind] = useState<ReportFinding['kind']>('waits');
  const [pairKey, setPairKey] = useState('0');
  const pair = pairs[Number(pairKey)] ?? pairs[0];
  const finding: ReportFinding =
    kind === 'handover' && pair
      ? { kind: 'handover', from: pair.from, to: pair.to }
      : { kind: kind === 'cliffs' ? 'cliffs' : 'waits' };
  const key = findingKey(finding);
  const generated = useMemo(
    () => draftFinding(finding, figures, shown, facts, suppress, w, pooled),
    // The finding is rebuilt each render; its key decides.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, figures, shown, facts, suppress, w, pooled],
  );
  const starting = useMemo(() => startingFields(span, meta.asOf, w), [span, meta.asOf, w]);
  const [edits, setEdits] = useState<Edits>({ finding: key, text: {}, own: {} });
  // Another finding: its written parts start again; the coordinator's own fields stay.
  const text = edits.finding === key ? edits.text : {};
  const draft: Draft = { ...starting, proposal: '', feedback: '', ...generated, ...text, ...edits.own };
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const set = (patch: Partial<Draft>) => {
    const t: Partial<FindingText> = { ...text };
    const own = { ...edits.own };
    for (const [k, v] of Object.entries(patch)) {
      if (k in generated) (t as Record<string, string>)[k] = v;
      else (own as Record<string, string>)[k] = v;
    }
    setEdits({ finding: key, text: t, own });
    setCopied('no'); // "Kopierat." would no longer be true of the text
  };
  const cohort = { all, selected };
  const doc = reportDocument(draft, cohort, meta, w);
  const name = safeFileName(`lex-heller-${finding.kind}-${meta.name}-${meta.asOf}`);
  const pairName = (id: string) => (id === '' ? w.say('matrix.nobody') : w.actor(id));
  const onCopy = (e: ClipboardEvent) => {
    // Small cells shown: nothing leaves the draft without the mark, not even a selection.
    if (!doc.mark) return;
    const selection = selectedText(e.target);
    if (!selection) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', `[${doc.mark}]\n${selection}\n[${doc.mark}]`);
  };

  return (
    <section
      className="panel lex-heller"
      aria-labelledby="cohort-report-heading"
      data-testid="report"
      onCopy={onCopy}
      onCut={onCopy}
    >
      <h2 id="cohort-report-heading">{w.say('report.heading')}</h2>
      <p className="hint">{w.say('report.intro')}</p>
      <div className="report-choice">
        <label>
          {w.say('report.finding')}
          <select
            value={kind}
            onChange={(e) => setKind(e.target.value as ReportFinding['kind'])}
            data-testid="report-finding"
          >
            <option value="waits">{w.say('report.findings.waits')}</option>
            <option value="handover" disabled={pairs.length === 0}>
              {w.say('report.findings.handover')}
            </option>
            <option value="cliffs">{w.say('report.findings.cliffs')}</option>
          </select>
        </label>
        {kind === 'handover' && pairs.length > 0 && (
          <label>
            {w.say('report.pair')}
            <select value={pairKey} onChange={(e) => setPairKey(e.target.value)} data-testid="report-pair">
              {pairs.map((h, i) => (
                <option key={`${h.from}>${h.to}`} value={String(i)}>
                  {h.from === h.to && h.from !== ''
                    ? w.say('report.pairSame', { actor: w.actor(h.from) })
                    : `${pairName(h.from)} → ${pairName(h.to)}`}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {doc.mark && (
        <p className="notice notice-error" data-testid="report-mark">
          {w.say('report.markNote', { mark: doc.mark })}
        </p>
      )}
      <ReportFieldset draft={draft} cohort={cohort} suppress={suppress} onChange={set} w={w} />
      <label className="report-title">
        <span className="report-section-title">{w.say('report.titleLabel')}</span>
        <span className="report-title-line">
          {doc.mark && <strong className="report-title-mark">[{doc.mark}]</strong>}
          <input value={draft.title} onChange={(e) => set({ title: e.target.value })} data-testid="report-title" />
          {meta.synthetic && <span className="report-title-synthetic">({w.say('report.synthetic')})</span>}
        </span>
      </label>
      <p className="report-basis" data-testid="report-basis">
        {doc.basis}
      </p>
      <p className="hint" data-testid="report-definition">
        {doc.definitionLabel}. {doc.definition}
      </p>
      {doc.sections.map(({ id, heading }) => (
        <div key={id} className="report-section">
          <label htmlFor={`report-${id}`} className="report-section-title">
            {heading}
          </label>
          {id === 'consequences' && (
            <ReportConsequences text={draft.consequences} onChange={(t) => set({ consequences: t })} w={w} />
          )}
          <textarea
            id={`report-${id}`}
            rows={id === 'challenge' ? 5 : id === 'consequences' ? 4 : 3}
            value={draft[id]}
            placeholder={id === 'proposal' || id === 'feedback' ? w.say('report.placeholder') : undefined}
            onChange={(e) => set({ [id]: e.target.value })}
            data-testid={`report-${id}`}
          />
        </div>
      ))}
      <div className="report-actions">
        <button
          type="button"
          onClick={() => {
            // No clipboard (a file:// page, a browser that refuses): said, not silently nothing.
            const clipboard = navigator.clipboard as Clipboard | undefined;
            if (!clipboard) return setCopied('failed');
            clipboard.writeText(reportText(doc)).then(
              () => setCopied('yes'),
              () => setCopied('failed'),
            );
          }}
        >
          {w.say('report.copy')}
        </button>
        <button
          type="button"
          onClick={() => {
            document.body.classList.add('printing-report');
            window.addEventListener('afterprint', () => document.body.classList.remove('printing-report'), {
              once: true,
            });
            window.print();
          }}
        >
          {w.say('report.print')}
        </button>
        <button
          type="button"
          onClick={() => download(reportMarkdown(doc), `${name}.md`, 'text/markdown;charset=utf-8')}
          data-testid="report-md"
        >
          {w.say('report.markdown')}
        </button>
        <button
          type="button"
          onClick={() => download(reportText(doc), `${name}.txt`, 'text/plain;charset=utf-8')}
          data-testid="report-txt"
        >
          {w.say('report.text')}
        </button>
        <span role="status" data-testid="report-copy-status">
          {copied === 'yes' ? w.say('report.copied') : copied === 'failed' ? w.say('report.copyFailed') : ''}
        </span>
      </div>
      <ReportPrint doc={doc} />
    </section>
  );
}
