import { useTranslation } from 'react-i18next';
import { CATEGORIES, type Category, EVENT_TYPES } from '../domain';
import { PATTERN } from './defs';
import { CATEGORY_CUES, cueId } from './kindCues';
import { eventPath, EVENT_SYMBOLS } from './Markers';
import { CATEGORY_COLORS, FINDING_COLORS } from './palette';

function Swatch({ children }: { children: React.ReactNode }) {
  return (
    <svg width="34" height="18" viewBox="0 0 34 18" aria-hidden="true" className="swatch">
      {children}
    </svg>
  );
}

/** A band-shaped swatch: the findings drawn across the lanes. */
function Band(props: { fill: string; stroke: string; strokeWidth?: number; dash?: string }) {
  return (
    <Swatch>
      <rect
        x="1"
        y="1"
        width="32"
        height="16"
        fill={props.fill}
        stroke={props.stroke}
        strokeWidth={props.strokeWidth ?? 1}
        strokeDasharray={props.dash}
      />
    </Swatch>
  );
}

/** Always visible: every colour, pattern and shape on the chart, in words. */
export function Legend({ categories, scenario = false }: { categories: Category[]; scenario?: boolean }) {
  const { t } = useTranslation();
  const shown = CATEGORIES.filter((c) => categories.includes(c));
  return (
    <section className="legend" aria-labelledby="legend-heading" data-testid="legend">
      <h3 id="legend-heading" className="visually-hidden">
        {t('legend.heading')}
      </h3>
      <ul>
        {shown.map((c) => {
          // As drawn on the bars (Bars.tsx): the colour and the kind's texture (kindCues.tsx).
          const cue = cueId(c);
          return (
            <li key={c} data-cue={CATEGORY_CUES[c]}>
              <Swatch>
                <rect
                  className="bar-body"
                  x="1"
                  y="2"
                  width="32"
                  height="14"
                  rx="2"
                  fill={CATEGORY_COLORS[c].fill}
                  stroke="#1a1a1a"
                  fillOpacity={c === 'program' || c === 'ersattning' ? 0.7 : 1}
                />
                {cue && <rect className="bar-cue" x="2" y="3" width="30" height="12" rx="1" fill={`url(#${cue})`} />}
              </Swatch>
              {t(`category.${c}`)}
            </li>
          );
        })}
        <li data-legend="parallel">
          {/* As drawn (Bars.tsx, barInfo.ts): thinner, and its name after the mark ‖. */}
          <Swatch>
            <rect className="bar-body" x="1" y="5" width="32" height="8" rx="2" fill="#009E73" stroke="#1a1a1a" />
            <rect className="bar-cue" x="10" y="6" width="22" height="6" fill={`url(#${cueId('utbildning')})`} />
            <path d="M5,6.5v5M8,6.5v5" stroke="#111111" strokeWidth="1.2" />
          </Swatch>
          {t('parallel.legend')}
        </li>
        <li>
          <Swatch>
            <rect x="1" y="2" width="32" height="14" rx="2" fill="#0072B2" stroke="#1a1a1a" strokeDasharray="5 3" />
            <rect x="14" y="2" width="19" height="14" fill={`url(#${PATTERN.projected})`} />
          </Swatch>
          {t('legend.projected')}
        </li>
        <li>
          <Swatch>
            <rect x="1" y="2" width="32" height="14" fill="#0072B2" stroke="#1a1a1a" />
            <line x1="20" x2="20" y1="0" y2="18" stroke="#1a1a1a" strokeWidth="2" />
          </Swatch>
          {t('legend.extension')}
        </li>
        <li data-legend="end-unrecorded">
          <Swatch>
            <rect x="1" y="4" width="22" height="10" fill="#dddddd" stroke="#1a1a1a" strokeDasharray="5 3" />
            <circle cx="23" cy="9" r="7" fill="#ffffff" stroke="#1a1a1a" strokeWidth="1.5" />
            <text x="23" y="10" textAnchor="middle" dominantBaseline="middle" fontSize="11" fill="#111111">
              ?
            </text>
          </Swatch>
          {t('room.legendEndUnrecorded')}
        </li>
        <li>
          <Swatch>
            <rect x="1" y="4" width="22" height="10" fill="#dddddd" stroke="#1a1a1a" />
            <line x1="24" x2="24" y1="0" y2="18" stroke="#1a1a1a" strokeWidth="3" />
            <path d="M24,1 l6,-4 l0,8 z" fill="#1a1a1a" transform="translate(0,4)" />
          </Swatch>
          {t('legend.limit')}
        </li>
        <li>
          <Swatch>
            <rect x="1" y="2" width="32" height="14" fill="#dddddd" stroke={FINDING_COLORS.exceeds} strokeWidth="2.5" />
            <rect x="18" y="2" width="15" height="14" fill={`url(#${PATTERN.exceeds})`} />
          </Swatch>
          {t('legend.exceeds')}
        </li>
        <li>
          <Swatch>
            <rect x="1" y="2" width="32" height="14" fill="#dddddd" stroke="#1a1a1a" opacity="0.45" />
            <line x1="1" x2="33" y1="9" y2="9" stroke="#1a1a1a" strokeWidth="2" />
          </Swatch>
          {t('legend.cancelled')}
        </li>
        <li>
          <Swatch>
            <rect
              x="1"
              y="2"
              width="32"
              height="14"
              fill="#009E73"
              stroke="#1a1a1a"
              mask={`url(#${PATTERN.fade}-mask)`}
            />
          </Swatch>
          {t('legend.openEnded')}
        </li>
        <li>
          <Swatch>
            <rect x="1" y="6" width="32" height="8" fill="#ffffff" stroke="#1a1a1a" />
            <rect x="1" y="6" width="32" height="2" fill="#1a1a1a" />
          </Swatch>
          {t('legend.mandate')}
        </li>
        <li>
          <Band fill={`url(#${PATTERN.gap})`} stroke={FINDING_COLORS.gap} />
          {t('legend.gap')}
        </li>
        <li>
          <Swatch>
            <rect x="1" y="1" width="32" height="16" fill="#efe6f7" stroke={FINDING_COLORS.wait} strokeWidth="1.5" />
          </Swatch>
          {t('legend.wait')}
        </li>
        <li>
          <Band fill={`url(#${PATTERN.greyzone})`} stroke={FINDING_COLORS.greyzone} dash="6 3" />
          {t('legend.greyzone')}
        </li>
        <li>
          <Band fill={`url(#${PATTERN.manual})`} stroke={FINDING_COLORS.greyzone} dash="2 3" />
          {t('legend.greyzoneManual')}
        </li>
        <li>
          <Swatch>
            <path d="M17,1 l-8,16 l16,0 z" fill={FINDING_COLORS.cliff} />
          </Swatch>
          {t('legend.cliff')}
        </li>
        <li>
          <Swatch>
            <rect x="1" y="5" width="32" height="8" fill="#cccccc" stroke="#1a1a1a" />
            <line x1="12" x2="12" y1="1" y2="17" stroke="#1a1a1a" strokeWidth="2" />
            <line x1="24" x2="24" y1="1" y2="17" stroke={FINDING_COLORS.cliff} strokeWidth="3" />
          </Swatch>
          {t('law.milestone.legend')}
        </li>
        <li>
          <Swatch>
            <rect x="1" y="5" width="32" height="8" fill="#cccccc" stroke="#1a1a1a" />
            <line x1="12" x2="12" y1="6" y2="12" stroke="#1a1a1a" strokeWidth="1" strokeDasharray="2 2" />
            <line x1="24" x2="24" y1="6" y2="12" stroke="#1a1a1a" strokeWidth="1" strokeDasharray="2 2" />
          </Swatch>
          {t('law.milestone.legendPlain')}
        </li>
        <li>
          <Swatch>
            <line x1="17" x2="17" y1="0" y2="18" stroke={FINDING_COLORS.today} strokeWidth="2" strokeDasharray="6 3" />
          </Swatch>
          {t('legend.today')}
        </li>
        {scenario && (
          <>
            <li>
              <Swatch>
                <rect
                  x="1"
                  y="1"
                  width="32"
                  height="16"
                  rx="3"
                  fill="#12355b"
                  fillOpacity="0.12"
                  stroke="#12355b"
                  strokeWidth="2.5"
                  strokeDasharray="7 4"
                />
              </Swatch>
              {t('scenarios.legendGhost')}
            </li>
            <li>
              <Swatch>
                <rect x="1" y="2" width="32" height="14" fill="#ffffff" stroke="#a4161a" strokeWidth="2" />
                <path d="M1,2L33,16M1,16L33,2" stroke="#a4161a" strokeWidth="2" />
              </Swatch>
              {t('scenarios.legendRemoved')}
            </li>
            <li>
              <Swatch>
                <rect x="1" y="3" width="32" height="12" fill="#dddddd" opacity="0.4" />
                <line x1="1" x2="33" y1="9" y2="9" stroke="#1a1a1a" strokeWidth="2" />
              </Swatch>
              {t('scenarios.legendDisappears')}
            </li>
            <li>
              <Swatch>
                <rect
                  x="1"
                  y="3"
                  width="32"
                  height="12"
                  fill="none"
                  stroke="#12355b"
                  strokeWidth="2"
                  strokeDasharray="5 3"
                />
              </Swatch>
              {t('scenarios.legendAppears')}
            </li>
          </>
        )}
        {EVENT_TYPES.map((type) => (
          <li key={type}>
            <Swatch>
              <path
                d={eventPath(type, 90)}
                transform="translate(17,9)"
                fill={EVENT_SYMBOLS[type].fill}
                className="legend-event"
              />
            </Swatch>
            {t(`eventType.${type}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
