/**
 * "Exportera sammanställningsfil": the figures file of the selection (or, in Sammanställ, of
 * the merged sources), after a question that says, in Swedish and in English whatever the
 * page's language, that it holds unsuppressed counts (for pooling, not for publication), and
 * asks whom the figures come from.
 */
import { useState } from 'react';
import type { Journey } from '../../domain';
import { FIGURES_NOTICE, type FiguresFile, poolOptions, serializeFigures } from '../../domain/pool';
import { download } from '../../io/download';
import { safeFileName } from '../../io/fileName';
import { ConfirmDialog } from '../../kit/ConfirmDialog';
import type { CohortFilter } from '../filter';
import type { Words } from '../say';
import { filtersOf, localFigures } from './localFigures';

type Props = { journeys: readonly Journey[]; name: string; asOf: string; filter: CohortFilter; w: Words };

export function ExportFigures({ journeys, name, asOf, filter, w }: Props) {
  return (
    <FiguresExport
      count={journeys.length}
      name={name}
      asOf={asOf}
      text={w.say('pool.export.text', { count: journeys.length })}
      make={(label, onProgress) =>
        localFigures(journeys, poolOptions({ asOf }), { label, filters: filtersOf(filter) }, { onProgress })
      }
      w={w}
    />
  );
}

type FiguresExportProps = {
  /** The journeys the file counts (none: the button is off). */
  count: number;
  /** The label offered. */
  name: string;
  asOf: string;
  /** What the question says the file holds. */
  text: string;
  make: (label: string, onProgress: (p: { done: number; total: number }) => void) => Promise<FiguresFile>;
  w: Words;
};

export function FiguresExport({ count, name, asOf, text, make, w }: FiguresExportProps) {
  const say = (key: string, values?: Record<string, unknown>) => w.say(`pool.export.${key}`, values);
  const [asking, setAsking] = useState(false);
  const [label, setLabel] = useState(name);
  const [status, setStatus] = useState('');
  const run = async () => {
    setAsking(false);
    try {
      const file = await make(label.trim() || name, (p) => setStatus(say('computing', p)));
      const fileName = `${safeFileName(`resan-sammanstallning-${file.provenance.label}-${asOf}`)}.json`;
      await download(serializeFigures(file), fileName, 'application/json');
      setStatus(say('done', { file: fileName }));
    } catch (e) {
      setStatus(say('failed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <>
      <button
        type="button"
        disabled={count === 0}
        data-testid="export-figures"
        onClick={() => {
          setLabel((l) => l || name);
          setAsking(true);
        }}
      >
        {say('button')}
      </button>
      <span role="status" className="hint" data-testid="export-figures-status">
        {status}
      </span>
      {asking && (
        <ConfirmDialog
          title={say('title')}
          titleId="figures-export-title"
          describedBy="figures-export-text"
          testId="figures-export-dialog"
          confirmLabel={say('confirm')}
          cancelLabel={say('cancel')}
          onConfirm={() => void run()}
          onCancel={() => setAsking(false)}
        >
          <div id="figures-export-text">
            <p>{text}</p>
            <p className="notice notice-error" data-testid="figures-notice">
              <strong lang="sv">{FIGURES_NOTICE.sv}</strong>
              <br />
              <strong lang="en">{FIGURES_NOTICE.en}</strong>
            </p>
            <p>{say('notice')}</p>
          </div>
          <label className="pool-label">
            {say('label')}
            <input
              value={label}
              onChange={(e) => setLabel(e.target.value)}
              maxLength={200}
              data-testid="figures-label"
            />
          </label>
        </ConfirmDialog>
      )}
    </>
  );
}
