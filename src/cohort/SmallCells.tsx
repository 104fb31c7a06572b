/** The small-cell switch: on by default; off warns, and every export says so while it is off. */
import type { Words } from './say';

export function SmallCells({
  suppress,
  onChange,
  w,
}: {
  suppress: boolean;
  onChange: (on: boolean) => void;
  w: Words;
}) {
  return (
    <section className={`panel small-cells${suppress ? '' : ' small-cells-off'}`} aria-label={w.say('small.label')}>
      <label className="switch">
        <input
          type="checkbox"
          checked={suppress}
          onChange={(e) => onChange(e.target.checked)}
          data-testid="small-cells"
        />
        {w.say('small.label')}
      </label>
      <p className={suppress ? 'hint' : 'notice notice-error'} role={suppress ? undefined : 'alert'}>
        {w.say(suppress ? 'small.on' : 'small.off')}
      </p>
    </section>
  );
}
