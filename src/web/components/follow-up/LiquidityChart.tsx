// The projected daily bank balance as a compact SVG line with the floor as a dashed line.
// The chart is an image with a name; the month table beside it is its text alternative.
import { useI18n } from '../../i18n/I18n.tsx';
import type { LiquidityView } from '../../api/follow-up-types.ts';
import { chartScale, kronor } from './follow-up-model.ts';

const WIDTH = 640;
const HEIGHT = 200;
const BOX = { left: 8, right: WIDTH - 8, top: 12, bottom: HEIGHT - 24 };

export function LiquidityChart({ view }: { view: LiquidityView }) {
  const { t } = useI18n();
  const m = t.followUp.liquidity;
  const days = view.days;
  const first = days[0];
  const last = days.at(-1);
  if (!first || !last) return null;
  const s = chartScale(
    days.length,
    days.map((d) => d.balanceOre),
    view.floorOre,
    BOX,
  );
  const points = days.map((d, i) => `${s.x(i).toFixed(1)},${s.y(d.balanceOre).toFixed(1)}`).join(' ');
  const lowestIndex = days.findIndex((d) => d.date === view.lowest.date);
  const floorY = s.y(view.floorOre);
  const kr = (ore: number) => `${kronor(ore)} kr`;
  return (
    <figure className="chart fu-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={m.chartLabel(first.date, last.date, kr(view.lowest.balanceOre), kr(view.floorOre))}
        preserveAspectRatio="xMidYMid meet"
      >
        <line x1={BOX.left} x2={BOX.right} y1={floorY} y2={floorY} className="fu-floor-line" />
        <text x={BOX.right} y={floorY - 4} textAnchor="end" className="axis-label">
          {m.floorLine} {kr(view.floorOre)}
        </text>
        <polyline points={points} className="fu-balance-line" />
        {lowestIndex >= 0 && (
          <circle cx={s.x(lowestIndex)} cy={s.y(view.lowest.balanceOre)} r={4} className="fu-lowest-dot" />
        )}
        <text x={BOX.left} y={HEIGHT - 6} className="axis-label">
          {first.date}
        </text>
        <text x={BOX.right} y={HEIGHT - 6} textAnchor="end" className="axis-label">
          {last.date}
        </text>
      </svg>
    </figure>
  );
}
