/**
 * "Tillgänglighetsredogörelse": the accessibility statement in the structure of DIGG's
 * template (dates, status of compliance, what is not accessible, content outside the Act, how
 * to report and to whom, supervision, how Resan was tested). Its dates, its list of
 * shortcomings and the organisation's settings come from statementFacts.ts. Loaded only when
 * opened, like the rules page.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../kit/useLabels';
import { closeStatement } from './navigation';
import { SHORTCOMINGS, STATEMENT_DATES, deploymentSetting } from './statementFacts';

const DIGG_FORM = 'https://www.digg.se/tdosanmalan';
const TESTS = ['axe', 'keyboard', 'reflow', 'contrast', 'status'] as const;

export default function StatementPage() {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const s = (key: string) => t(`a11y.statement.${key}` as 'a11y.statement.heading');
  const { day } = useLabels();
  const organisation = deploymentSetting('organisation');
  const contact = deploymentSetting('contact');
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
      <p data-testid="statement-dates">
        {t('a11y.statement.dates', { assessed: day(STATEMENT_DATES.assessed), updated: day(STATEMENT_DATES.updated) })}
      </p>
      <h2>{s('statusHeading')}</h2>
      <p>{s('status')}</p>
      <p>{s('alternatives')}</p>
      <h2>{s('gapsHeading')}</h2>
      <ul data-testid="statement-shortcomings">
        {SHORTCOMINGS.map((k) => (
          <li key={k}>{s(`gaps.${k}`)}</li>
        ))}
      </ul>
      <h2>{s('scopeHeading')}</h2>
      <p>{s('scope')}</p>
      <h2>{s('reportHeading')}</h2>
      <p>{s('report')}</p>
      {organisation || contact ? (
        <ul data-testid="statement-contact">
          {organisation && <li>{t('a11y.statement.organisation', { organisation })}</li>}
          {contact && <li>{t('a11y.statement.contact', { contact })}</li>}
        </ul>
      ) : (
        <p data-testid="statement-contact">{s('notFilledIn')}</p>
      )}
      <h2>{s('superviseHeading')}</h2>
      <p>{s('supervise')}</p>
      <p>
        <a href={DIGG_FORM} hrefLang="sv" target="_blank" rel="noopener noreferrer">
          {s('diggForm')}
        </a>
      </p>
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
