import { memo, useMemo } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { stressChartPoints, type StressLine } from '../../core';

const LIMIT_MARKS = [-20, -13, -7, 7];

/** Equity against a uniform index move (−25 % to +10 %), with the maintenance line and the limit levels. */
export const StressChart = memo(function StressChart({
  equityAtReference,
  slopePerPercent,
  maintenance,
}: StressLine) {
  const points = useMemo(
    () => stressChartPoints({ equityAtReference, slopePerPercent, maintenance }),
    [equityAtReference, slopePerPercent, maintenance],
  );
  return (
    <figure className="chart" aria-label="Equity against index move">
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
          <XAxis
            dataKey="movePct"
            type="number"
            domain={[-25, 10]}
            ticks={[-25, -20, -13, -7, 0, 7, 10]}
            unit="%"
            tick={{ fontSize: 11, fill: 'var(--muted)' }}
          />
          <YAxis width={80} tick={{ fontSize: 11, fill: 'var(--muted)' }} />
          <Tooltip />
          <Legend />
          {LIMIT_MARKS.map((mark) => (
            <ReferenceLine key={mark} x={mark} stroke="var(--muted)" strokeDasharray="4 4" />
          ))}
          <Line
            type="linear"
            dataKey="equity"
            name="Equity"
            stroke="var(--series-close)"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="maintenance"
            name="Maintenance margin"
            stroke="var(--series-long)"
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
      <figcaption>
        Uniform move of every reference price; dashed lines at the −20 %, −13 %, −7 % and +7 % levels
      </figcaption>
    </figure>
  );
});
