/** Shared SVG patterns: projected hatching, finding bands, the fade of open-ended bars, the kinds' textures. */
import { FINDING_COLORS } from './palette';
import { CuePatterns } from './kindCues';

export const PATTERN = {
  projected: 'pat-projected',
  gap: 'pat-gap',
  greyzone: 'pat-greyzone',
  manual: 'pat-manual',
  exceeds: 'pat-exceeds',
  fade: 'fade-right',
  clip: 'chart-clip',
};

export function TimelineDefs({ clipWidth, clipHeight }: { clipWidth: number; clipHeight: number }) {
  return (
    <defs>
      <CuePatterns />
      <pattern id={PATTERN.projected} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="8" height="8" fill="#ffffff" fillOpacity="0.55" />
        <rect width="4" height="8" fill="#ffffff" fillOpacity="0" />
      </pattern>
      <pattern id={PATTERN.gap} width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
        <rect width="10" height="10" fill="#fff6d5" />
        <rect width="3" height="10" fill={FINDING_COLORS.gap} fillOpacity="0.35" />
      </pattern>
      <pattern id={PATTERN.greyzone} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill="#e4e4e4" />
        <path d="M0 0L8 8M8 0L0 8" stroke={FINDING_COLORS.greyzone} strokeOpacity="0.45" strokeWidth="1" />
      </pattern>
      <pattern id={PATTERN.manual} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill="#ececec" />
        <circle cx="4" cy="4" r="1.4" fill={FINDING_COLORS.greyzone} fillOpacity="0.6" />
      </pattern>
      <pattern id={PATTERN.exceeds} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill={FINDING_COLORS.exceeds} fillOpacity="0.25" />
        <rect width="2" height="6" fill={FINDING_COLORS.exceeds} fillOpacity="0.85" />
      </pattern>
      <linearGradient id={PATTERN.fade} x1="0" x2="1" y1="0" y2="0">
        <stop offset="0" stopColor="#fff" stopOpacity="1" />
        <stop offset="0.7" stopColor="#fff" stopOpacity="1" />
        <stop offset="1" stopColor="#fff" stopOpacity="0" />
      </linearGradient>
      <mask id={`${PATTERN.fade}-mask`} maskContentUnits="objectBoundingBox">
        <rect width="1" height="1" fill={`url(#${PATTERN.fade})`} />
      </mask>
      <clipPath id={PATTERN.clip}>
        <rect x="0" y="0" width={clipWidth} height={clipHeight} />
      </clipPath>
    </defs>
  );
}
