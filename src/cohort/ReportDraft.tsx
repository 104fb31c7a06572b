/**
 * The Lex Heller draft: choose a finding, read the challenge and consequences written from
 * the figures, write the proposal and the feedback, then copy, print or download it.
 */
import { useMemo, useState } from 'react';
import type { CohortFigures } from '../domain';
import { download, safeFileName } from '../io/download';
import type { ExportMeta } from './describe';
import {
  type ReportDraft as Draft,
  type ReportFinding,
  SECTIONS,
  draftReport,
  reportMarkdown,
  reportText,
} from './lexHeller';
import type { Overview } from './overview';
import type { Words } from './say';

type Props = { figures: CohortFigures; shown: Overview; suppress: boolean; meta: ExportMeta; w: Words };

export function ReportDraft({ figures, shown, suppress, meta, w }: Props) {
  const pairs = figures.greyZones.handovers;
  const [kind, setKind] = useState<ReportFinding['kind']>('waits');
  const [pairKey, setPairKey] = useState('0');
  const pair = pairs[Number(pairKey)] ?? pairs[0];
  const finding: ReportFinding =
    kind === 'handover' && pair
      ? { kind: 'handover', from: pair.from, to: pair.to }
      : kind === 'cliffs'
        ? { kind: 'cliffs' }
        : { kind: 'waits' };
  const generated = useMemo(
    () => draftReport(finding, figures, shown, suppress, w),
    // The finding is rebuilt each render; its parts decide.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [finding.kind, pair?.from, pair?.to, figures, shown, suppress, w],
  );
  const [edits, setEdits] = useState<{ basis: Draft; draft: Draft }>({ basis: generated, draft: generated });
  let draft = edits.draft;
  if (edits.basis !== generated) {
    // New figures or another finding: the written parts follow; the coordinator's own stay.
    draft = { ...generated, proposal: edits.draft.proposal, feedback: edits.draft.feedback };
    setEdits({ basis: generated, draft });
  }
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const set = (patch: Partial<Draft>) => {
    setEdits({ basis: generated, draft: { ...draft, ...patch } });
    setCopied('no'); // "Kopierat." would no longer be true of the text
  };
  const name = safeFileName(`lex-heller-${finding.kind}-${meta.asOf}`);
  const pairName = (id: string) => (id === '' ? w.say('matrix.nobody') : w.actor(id));

  return (
    <section className="panel lex-heller" aria-labelledby="cohort-report-heading" data-testid="report">
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
                  {`${pairName(h.from)} → ${pairName(h.to)}`}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <label className="report-title">
        <span className="visually-hidden">{w.say('report.heading')}</span>
        <input value={draft.title} onChange={(e) => set({ title: e.target.value })} data-testid="report-title" />
      </label>
      {!suppress && <p className="notice notice-error">{meta.small}</p>}
      {SECTIONS.map((s) => (
        <label key={s} className="report-section">
          <span className="report-section-title">{w.say(`report.sections.${s}`)}</span>
          <textarea
            rows={s === 'challenge' || s === 'consequences' ? 4 : 3}
            value={draft[s]}
            placeholder={s === 'proposal' || s === 'feedback' ? w.say('report.placeholder') : undefined}
            onChange={(e) => set({ [s]: e.target.value })}
            data-testid={`report-${s}`}
          />
        </label>
      ))}
      <div className="report-actions">
        <button
          type="button"
          onClick={() => {
            // No clipboard (a file:// page, a browser that refuses): said, not silently nothing.
            const clipboard = navigator.clipboard as Clipboard | undefined;
            if (!clipboard) return setCopied('failed');
            clipboard.writeText(reportText(draft, meta, w)).then(
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
          onClick={() => download(reportMarkdown(draft, meta, w), `${name}.md`, 'text/markdown;charset=utf-8')}
          data-testid="report-md"
        >
          {w.say('report.markdown')}
        </button>
        <button
          type="button"
          onClick={() => download(reportText(draft, meta, w), `${name}.txt`, 'text/plain;charset=utf-8')}
          data-testid="report-txt"
        >
          {w.say('report.text')}
        </button>
        <span role="status" data-testid="report-copy-status">
          {copied === 'yes' ? w.say('report.copied') : copied === 'failed' ? w.say('report.copyFailed') : ''}
        </span>
      </div>
      <pre className="report-print" aria-hidden="true">
        {reportText(draft, meta, w)}
      </pre>
    </section>
  );
}
