/**
 * A long table a page at a time (issue #11): a journey with thousands of interventions keeps
 * a real <table> (read by screen readers as one) of at most PAGE_SIZE rows, so that drawing it
 * never holds the page up. The page follows what is chosen: a bar chosen in the chart shows
 * its row. Printing shows every row.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';
import type { Language } from '../i18n';
import { usePrinting } from '../store/presentation';
import './tablePages.css';

export const PAGE_SIZE = 100;

export type Paging = { page: number; pages: number; from: number; to: number; total: number; go: (p: number) => void };

/** The rows [from, to) to show of `total`; `chosen` (an index, or -1) brings its page. */
export function usePaging(total: number, chosen: number): Paging {
  const [page, setPage] = useState(0);
  const [lastChosen, setLastChosen] = useState(chosen);
  const printing = usePrinting() !== null;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  let current = Math.min(page, pages - 1);
  if (chosen !== lastChosen) {
    setLastChosen(chosen);
    if (chosen >= 0 && Math.floor(chosen / PAGE_SIZE) !== current) {
      current = Math.floor(chosen / PAGE_SIZE);
      setPage(current);
    }
  }
  if (printing) return { page: 0, pages: 1, from: 0, to: total, total, go: setPage };
  return {
    page: current,
    pages,
    from: current * PAGE_SIZE,
    to: Math.min(total, (current + 1) * PAGE_SIZE),
    total,
    go: setPage,
  };
}

/** "Föregående 100 · Rad 101–200 av 1 000, sida 2 av 10 · Nästa 100", when there is more than one page. */
export function TablePages({ paging, table, language }: { paging: Paging; table: string; language: Language }) {
  const { t } = useTranslation();
  const previous = useRef<HTMLButtonElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  if (paging.pages <= 1) return null;
  const n = (v: number) => formatNumber(v, language);
  const go = (p: number) => {
    paging.go(p);
    // A button that goes disabled would drop focus: it moves to the other one.
    if (p === 0) requestAnimationFrame(() => next.current?.focus());
    if (p === paging.pages - 1) requestAnimationFrame(() => previous.current?.focus());
  };
  return (
    <nav className="table-pages" aria-label={t('tablePages.label', { table })} data-testid="table-pages">
      <button ref={previous} type="button" disabled={paging.page === 0} onClick={() => go(paging.page - 1)}>
        ← {t('tablePages.previous', { count: PAGE_SIZE })}
      </button>
      <span role="status" className="table-pages-status">
        {t('tablePages.showing', {
          from: n(paging.from + 1),
          to: n(paging.to),
          total: n(paging.total),
          page: n(paging.page + 1),
          pages: n(paging.pages),
        })}
      </span>
      <button ref={next} type="button" disabled={paging.page >= paging.pages - 1} onClick={() => go(paging.page + 1)}>
        {t('tablePages.next', { count: PAGE_SIZE })} →
      </button>
    </nav>
  );
}
