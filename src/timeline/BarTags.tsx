/**
 * What is written on a bar besides its label: each extension's tag ("+4 mån") and the sickness
 * milestones ("dag 180"). Drawn beside the bar's button, not inside it, so that the button's
 * visible text is its label alone and its name starts with it (WCAG 2.5.3); the name says the
 * extensions and milestones in words (barInfo.ts), so this group is hidden from assistive
 * technology and lets the pointer through to the bar.
 */
import { BAR_HEIGHT, BAR_ROW, OPEN_OVERRUN, THIN_BAR_HEIGHT, type View, type XScale } from './geometry';
import type { BarLayout } from './layout';
import type { BarInfo } from './barInfo';
import type { Drag } from './barEditing';
import { Suspense, lazy } from 'react';
import { BOLD, textWidth } from './text';

// Sickness milestones (no demo bar has them): their code is not on the first screen (issue #26, its
// JS budget); it loads after the first paint (preloadMilestoneTicks), or when a bar first needs it.
const loadTicks = () => import('./MilestoneTicks');
const MilestoneTicks = lazy(() => loadTicks().then((m) => ({ default: m.MilestoneTicks })));
export const preloadMilestoneTicks = () => void loadTicks().catch(() => undefined);

/** Below this width a bar is drawn as its body alone (level of detail when zoomed out). */
export const TICK_WIDTH = 4;

/** Where a bar is drawn: its row's top and height, its left and right x and its width. */
export function barBox(bar: BarLayout, x: XScale, top: number, view: View, drag: Drag | null) {
  // Programmes and benefits (no activity) and what runs beside the main line are thinner: the main line reads first.
  const main = bar.activity && !bar.parallel;
  const h = main ? BAR_HEIGHT : THIN_BAR_HEIGHT;
  const y = top + BAR_ROW * bar.row + (BAR_ROW - h) / 2;
  const pxPerDay = x(1) - x(0);
  const shift = drag ? drag.days * pxPerDay : 0;
  const x0 = x(bar.start) + (drag?.mode === 'move' ? shift : 0);
  const open = bar.end === null;
  const x1 = open ? Math.max(x(bar.start) + 60, view.right + OPEN_OVERRUN) : x(bar.end! + 1) + shift;
  const w = Math.max(x1 - x0, 2);
  // Level of detail: a bar a few pixels wide is its body alone (its name is in the label and the table).
  const bodyOnly = w < TICK_WIDTH && !drag && bar.ruleLimit === null && bar.milestones.length === 0;
  return { main, h, y, x0, x1, w, open, bodyOnly };
}

export function BarTags({
  bar,
  info,
  x,
  top,
  view,
  drag,
}: {
  bar: BarLayout;
  info: BarInfo;
  x: XScale;
  top: number;
  /** The visible range in the drawing's coordinates: tags keep inside it. */
  view: View;
  drag: Drag | null;
}) {
  const { y, h, x1, open, bodyOnly } = barBox(bar, x, top, view, drag);
  if (bodyOnly || (info.extensions.length === 0 && bar.milestones.length === 0)) return null;
  return (
    <g className="bar-tags" data-tags={bar.id} aria-hidden="true" pointerEvents="none">
      {info.extensions.map((s) => {
        const sx = x(s.start);
        return (
          <g key={s.start} className="bar-extension" data-extension-start={s.iso}>
            <line x1={sx} x2={sx} y1={y - 3} y2={y + h + 3} stroke="#1a1a1a" strokeWidth={2} />
            {Math.min(x(s.end + 1), view.right) - Math.max(sx, view.left) > textWidth(s.text, 12) * BOLD + 2 && (
              <>
                {/* A tag of its own: the label often straddles the dark bar and its light projected part (WCAG 1.4.3). */}
                <rect
                  className="bar-extension-tag"
                  x={Math.max(sx, view.left) + 2}
                  y={y + 2}
                  width={textWidth(s.text, 12) * BOLD + 4}
                  height={h - 4}
                  rx={2}
                  fill="#ffffff"
                />
                <text
                  x={Math.max(sx, view.left) + 4}
                  y={y + h / 2 + 1}
                  dominantBaseline="middle"
                  className="bar-extension-label"
                  fill="#111111"
                >
                  {s.text}
                </text>
              </>
            )}
          </g>
        );
      })}
      {bar.milestones.length > 0 && (
        <Suspense fallback={null}>
          <MilestoneTicks
            ticks={bar.milestones}
            texts={info.milestones}
            x={x}
            y={y}
            h={h}
            barEnd={open ? view.right : x1}
            view={view}
          />
        </Suspense>
      )}
    </g>
  );
}
