/**
 * The file format (docs/format.md), shown in the app itself: the app is offline and may be one
 * file on a disk, so the document travels inside the build (a chunk of its own, loaded only
 * when opened) instead of being a link to a file that may not be there. Reached from the rules
 * page. The document is in English; its Swedish terms are explained in it.
 */
import { type ReactNode, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import format from '../../docs/format.md?raw';
import { type Block, type Inline, parseMarkdown } from './markdown';
import { closeFormat } from './navigation';
import './formatPage.css';

/** Ids of the document's headings carry a prefix, so that they never meet the app's own. */
const idOf = (slug: string) => `format-${slug}`;

function Text({ nodes }: { nodes: Inline[] }): ReactNode {
  return nodes.map((n, i) => {
    switch (n.t) {
      case 'text':
        return n.v;
      case 'code':
        return <code key={i}>{n.v}</code>;
      case 'strong':
        return (
          <strong key={i}>
            <Text nodes={n.c} />
          </strong>
        );
      case 'em':
        return (
          <em key={i}>
            <Text nodes={n.c} />
          </em>
        );
      case 'link':
        // A place in the document is a link; a file of the repository is not in the app: its name stays as text.
        return n.href.startsWith('#') ? (
          <a key={i} href={`#${idOf(n.href.slice(1))}`}>
            <Text nodes={n.c} />
          </a>
        ) : (
          <Text key={i} nodes={n.c} />
        );
    }
  });
}

function Blocks({ blocks, heading }: { blocks: Block[]; heading?: React.Ref<HTMLHeadingElement> }): ReactNode {
  return blocks.map((b, i) => {
    switch (b.t) {
      case 'heading': {
        const H = `h${b.level}` as const;
        return (
          <H
            key={i}
            id={idOf(b.id)}
            ref={b.level === 1 ? heading : undefined}
            tabIndex={b.level === 1 ? -1 : undefined}
          >
            <Text nodes={b.c} />
          </H>
        );
      }
      case 'para':
        return (
          <p key={i}>
            <Text nodes={b.c} />
          </p>
        );
      case 'code':
        return (
          <pre key={i} className="format-code">
            <code>{b.v}</code>
          </pre>
        );
      case 'list': {
        const L = b.ordered ? 'ol' : 'ul';
        return (
          <L key={i}>
            {b.items.map((item, j) => (
              <li key={j}>
                <Text nodes={item} />
              </li>
            ))}
          </L>
        );
      }
      case 'table':
        return (
          <div key={i} className="table-scroll" tabIndex={0} role="region" aria-label={plain(b.head)}>
            <table className="rules-table">
              <thead>
                <tr>
                  {b.head.map((cell, j) => (
                    <th key={j} scope="col">
                      <Text nodes={cell} />
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {b.rows.map((row, j) => (
                  <tr key={j}>
                    {row.map((cell, k) => (
                      <td key={k}>
                        <Text nodes={cell} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      case 'quote':
        return (
          <blockquote key={i}>
            <Blocks blocks={b.blocks} />
          </blockquote>
        );
    }
  });
}

/** A table's name for its scrolling box: its column names. */
function plain(head: Inline[][]): string {
  const flat = (nodes: Inline[]): string =>
    nodes.map((n) => (n.t === 'text' || n.t === 'code' ? n.v : flat(n.c))).join('');
  return head.map(flat).join(', ');
}

export default function FormatPage() {
  const { t } = useTranslation();
  const blocks = useMemo(() => parseMarkdown(format), []);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="rules-page format-page" data-testid="format-page">
      <div className="rules-top">
        <button type="button" onClick={closeFormat}>
          ← {t('law.page.formatBack')}
        </button>
      </div>
      <p className="rules-intro">{t('law.page.formatNote')}</p>
      <article lang="en" className="format-doc">
        <Blocks blocks={blocks} heading={heading} />
      </article>
    </div>
  );
}
