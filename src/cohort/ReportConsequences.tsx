/** Typical consequences to choose from: a checked box puts its line in the Konsekvenser text, where it can be edited. */
import { CONSEQUENCES, consequenceLine, hasConsequence, toggleConsequence } from './lexHeller';
import type { Words } from './say';

type Props = { text: string; onChange: (text: string) => void; w: Words };

export function ReportConsequences({ text, onChange, w }: Props) {
  return (
    <fieldset className="report-consequences" data-testid="report-consequence-choices">
      <legend>{w.say('report.consequences.legend')}</legend>
      {CONSEQUENCES.map((c) => {
        const line = consequenceLine(c, w);
        return (
          <label key={c} className="report-consequence">
            <input
              type="checkbox"
              checked={hasConsequence(text, line)}
              onChange={(e) => onChange(toggleConsequence(text, line, e.target.checked))}
              data-testid={`report-consequence-${c}`}
            />
            {w.say(`report.consequences.${c}`)}
          </label>
        );
      })}
    </fieldset>
  );
}
