import { memo } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { FanPoint } from '../../core/plan/planDoor';

const dollars = (value: number) =>
  value >= 1_000_000
    ? `$${(value / 1_000_000).toFixed(1)}M`
    : `$${Math.round(value / 1000).toLocaleString('en-US')}k`;

/** Equity percentiles against trades: the 5–95 % and 25–75 % bands of every path, and the median. */
export const FanChart = memo(function FanChart({ points }: { points: readonly FanPoint[] }) {
  return (
    <figure className="chart" aria-label="Fan chart of equity paths">
      <ResponsiveContainer width="100%" height={240}>
        <ComposedChart data={points} margin={{ top: 8, right: 12, bottom: 0, left: 8 }}>
          <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
          <XAxis dataKey="trade" type="number" tick={{ fontSize: 11, fill: 'var(--muted)' }} />
          <YAxis width={64} tickFormatter={dollars} tick={{ fontSize: 11, fill: 'var(--muted)' }} />
          <Tooltip
            formatter={(value) =>
              Array.isArray(value)
                ? value.map((v) => (typeof v === 'number' ? dollars(v) : String(v))).join(' – ')
                : typeof value === 'number'
                  ? dollars(value)
                  : String(value)
            }
            labelFormatter={(label) => (typeof label === 'number' ? `After ${label} trades` : '')}
          />
          <Area
            type="monotone"
            dataKey="outer"
            name="5th–95th percentile"
            stroke="none"
            fill="var(--series-close)"
            fillOpacity={0.15}
            isAnimationActive={false}
          />
          <Area
            type="monotone"
            dataKey="inner"
            name="25th–75th percentile"
            stroke="none"
            fill="var(--series-close)"
            fillOpacity={0.3}
            isAnimationActive={false}
          />
          <Line
            type="monotone"
            dataKey="p50"
            name="Median"
            stroke="var(--series-close)"
            dot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
      <figcaption>Equity after each trade: the median path, the middle half and 90 % of all paths</figcaption>
    </figure>
  );
});
