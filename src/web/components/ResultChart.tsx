// Budgeted result per year, stated beside computed, as inline SVG bars. The chart is an
// image with a name; the data table beside it is its text alternative (WCAG 1.1.1).
import type { MoneyUnit } from '../../core/money/money.ts';
import type { ResultYear } from '../api/types.ts';
import { amount } from '../format.ts';
import { useI18n } from '../i18n/I18n.tsx';

const WIDTH = 640;
const HEIGHT = 240;
const PAD_TOP = 28;
const PAD_BOTTOM = 36;

export function ResultChart({ rows, unit }: { rows: ResultYear[]; unit: MoneyUnit }) {
  const { t } = useI18n();
  const values = rows.flatMap((r) => [r.computedOre, r.statedOre ?? 0]);
  const max = Math.max(...values, 0);
  const min = Math.min(...values, 0);
  const span = max - min || 1;
  const plot = HEIGHT - PAD_TOP - PAD_BOTTOM;
  const y = (v: number) => PAD_TOP + ((max - v) / span) * plot;
  const zero = y(0);
  const group = WIDTH / Math.max(rows.length, 1);
  const bar = Math.min(56, group / 3);

  const barOf = (value: number, x: number, kind: 'stated' | 'computed') => {
    const top = Math.min(y(value), zero);
    const height = Math.max(Math.abs(y(value) - zero), 1);
    const labelY = value < 0 ? top + height + 14 : top - 6;
    return (
      <g className={`bar bar-${kind}`}>
        <rect x={x} y={top} width={bar} height={height} />
        <text x={x + bar / 2} y={labelY} textAnchor="middle" className="bar-value">
          {amount(value, unit)}
        </text>
      </g>
    );
  };

  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT + 24}`}
        role="img"
        aria-label={t.overview.resultChartLabel(unit)}
        preserveAspectRatio="xMidYMid meet"
      >
        <defs>
          <pattern
            id="hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" className="hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="hatch-line" />
          </pattern>
        </defs>
        {rows.map((r, i) => {
          const x0 = i * group + (group - 2 * bar - 6) / 2;
          return (
            <g key={r.year}>
              {r.statedOre !== null && barOf(r.statedOre, x0, 'stated')}
              {barOf(r.computedOre, x0 + bar + 6, 'computed')}
              <text x={i * group + group / 2} y={HEIGHT + 14} textAnchor="middle" className="axis-label">
                {r.year}
              </text>
            </g>
          );
        })}
        <line x1="0" x2={WIDTH} y1={zero} y2={zero} className="zero-line" />
      </svg>
      <figcaption className="legend" aria-hidden="true">
        <span className="legend-item">
          <span className="swatch swatch-stated" /> {t.overview.stated}
        </span>
        <span className="legend-item">
          <span className="swatch swatch-computed" /> {t.overview.computed}
        </span>
        <span className="legend-unit">{unit}</span>
      </figcaption>
    </figure>
  );
}
