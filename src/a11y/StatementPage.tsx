/**
 * "Tillgänglighetsredogörelse": the accessibility statement in the structure of DIGG's
 * template (status of compliance, what is not accessible, how to report, supervision, how
 * Resan was tested). Loaded only when opened, like the rules page.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { closeStatement } from './navigation';

const GAPS = ['chart', 'drag', 'spacing', 'patterns'] as const;
const TESTS = ['axe', 'keyboard', 'reflow', 'contrast', 'status'] as const;

export default function StatementPage() {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const s = (key: string) => t(`a11y.statement.${key}` as 'a11y.statement.heading');
  return (
    <article className="a11y-page" data-testid="a11y-page" aria-labelledby="a11y-heading">
      <div className="rules-top">
        <h1 id="a11y-heading" ref={heading} tabIndex={-1}>
          {s('heading')}
        </h1>
        <button type="button" onClick={closeStatement}>
          ← {s('back')}
        </button>
      </div>
      <p>{s('intro')}</p>
      <h2>{s('statusHeading')}</h2>
      <p>{s('status')}</p>
      <p>{s('alternatives')}</p>
      <h2>{s('gapsHeading')}</h2>
      <ul>
        {GAPS.map((k) => (
          <li key={k}>{s(`gaps.${k}`)}</li>
        ))}
      </ul>
      <h2>{s('reportHeading')}</h2>
      <p>{s('report')}</p>
      <h2>{s('superviseHeading')}</h2>
      <p>{s('supervise')}</p>
      <h2>{s('testedHeading')}</h2>
      <p>{s('tested')}</p>
      <ul>
        {TESTS.map((k) => (
          <li key={k}>{s(`tests.${k}`)}</li>
        ))}
      </ul>
      <p className="muted">{s('updated')}</p>
    </article>
  );
}
