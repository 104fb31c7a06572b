/** What the compact charts' colours and marks mean, in words. */
import { useTranslation } from 'react-i18next';
import { CATEGORIES, type Category } from '../domain';
import { CATEGORY_COLORS, FINDING_COLORS } from '../timeline/palette';

function Swatch({ children }: { children: React.ReactNode }) {
  return (
    <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" focusable="false" className="sbs-swatch">
      {children}
    </svg>
  );
}

export function SideBySideLegend({ categories, headingId }: { categories: ReadonlySet<Category>; headingId: string }) {
  const { t } = useTranslation();
  const key = (k: string, node: React.ReactNode, text: string) => (
    <li key={k}>
      <Swatch>{node}</Swatch>
      {text}
    </li>
  );
  return (
    <section className="sbs-legend" aria-labelledby={headingId}>
      <h3 id={headingId} className="visually-hidden">
        {t('sideBySide.legend.heading')}
      </h3>
      <ul>
        {CATEGORIES.filter((c) => categories.has(c)).map((c) =>
          key(
            c,
            <rect x="1" y="3" width="26" height="10" rx="2" fill={CATEGORY_COLORS[c].fill} stroke="#1a1a1a" />,
            t(`category.${c}`),
          ),
        )}
        {key(
          'projected',
          <>
            <rect x="1" y="3" width="26" height="10" rx="2" fill="#0072B2" stroke="#1a1a1a" />
            <rect x="14" y="3.5" width="12.5" height="9" fill="#ffffff" fillOpacity="0.55" />
          </>,
          t('sideBySide.legend.projected'),
        )}
        {key(
          'cancelled',
          <rect
            x="1"
            y="3"
            width="26"
            height="10"
            rx="2"
            fill="#0072B2"
            stroke="#1a1a1a"
            strokeDasharray="3 2"
            opacity="0.3"
          />,
          t('sideBySide.legend.cancelled'),
        )}
        {key(
          'changed',
          <rect x="2" y="3" width="24" height="10" rx="2" fill="#56B4E9" stroke="#1a1a1a" strokeWidth="2.25" />,
          t('sideBySide.legend.changed'),
        )}
        {key(
          'mandate',
          <line x1="1" x2="27" y1="12" y2="12" stroke="#444" strokeWidth="2" />,
          t('sideBySide.legend.mandate'),
        )}
        {key(
          'gap',
          <rect x="1" y="1" width="26" height="14" fill="#fff3c4" stroke={FINDING_COLORS.gap} />,
          t('sideBySide.legend.gap'),
        )}
        {key(
          'wait',
          <rect x="1" y="5" width="26" height="6" rx="2" fill={FINDING_COLORS.wait} />,
          t('sideBySide.legend.wait'),
        )}
        {key(
          'greyzone',
          <rect
            x="1"
            y="1"
            width="26"
            height="14"
            fill="#e2e2e2"
            stroke={FINDING_COLORS.greyzone}
            strokeDasharray="5 3"
          />,
          t('sideBySide.legend.greyzone'),
        )}
        {key('cliff', <path d="M8,3 h12 l-6,9 z" fill={FINDING_COLORS.cliff} />, t('sideBySide.legend.cliff'))}
        {key(
          'asof',
          <line x1="14" x2="14" y1="0" y2="16" stroke={FINDING_COLORS.today} strokeWidth="2" strokeDasharray="5 3" />,
          t('sideBySide.legend.asOf'),
        )}
      </ul>
    </section>
  );
}
