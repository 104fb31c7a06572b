/**
 * The draft as the printed document: the förbund's name, the title, the details as a list,
 * the basis, the four sections under headings and what it rests on; page numbers come from
 * the print style sheet (report.css, @page). Shown only while the draft is printed.
 */
import type { ReportDoc } from './reportDocument';

export function ReportPrint({ doc }: { doc: ReportDoc }) {
  return (
    <article className="report-print" aria-hidden="true" data-testid="report-print">
      {doc.mark && <p className="report-print-mark">{doc.mark}</p>}
      {doc.forbund && <p className="report-print-forbund">{doc.forbund}</p>}
      <h1>{doc.title}</h1>
      <dl className="report-print-head">
        {doc.head.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="report-print-basis">{doc.basis}</p>
      <p>
        {doc.definitionLabel}. {doc.definition}
      </p>
      {doc.sections.map((s) => (
        <section key={s.id}>
          <h2>{s.heading}</h2>
          {s.text.split('\n').map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </section>
      ))}
      <section className="report-print-about">
        <h2>{doc.aboutHeading}</h2>
        <dl>
          {doc.about.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {doc.mark && <p className="report-print-mark">{doc.mark}</p>}
    </article>
  );
}
