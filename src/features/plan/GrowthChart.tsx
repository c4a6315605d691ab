import { memo, useMemo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { GrowthChart as GrowthChartData, GrowthPoint } from '../../core/plan/planDoor';

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const growthPercent = (value: number) => `${(value * 100).toFixed(2)}%`;

interface Mark {
  readonly key: string;
  readonly point: GrowthPoint;
  readonly label: string;
  readonly colour: string;
}

/** Growth per trade g(f) against the fraction risked f, with your risk, half and full Kelly marked. */
export const GrowthChart = memo(function GrowthChart({ chart }: { chart: GrowthChartData }) {
  const marks = useMemo(() => {
    const list: Mark[] = [];
    if (chart.risk !== null)
      list.push({ key: 'risk', point: chart.risk, label: 'your risk', colour: 'var(--series-long)' });
    if (chart.half !== null)
      list.push({ key: 'half', point: chart.half, label: '½ Kelly', colour: 'var(--series-short)' });
    if (chart.full !== null)
      list.push({ key: 'full', point: chart.full, label: 'Kelly', colour: 'var(--series-close)' });
    return list;
  }, [chart]);
  const end = chart.points[chart.points.length - 1]?.f ?? 0.02;
  return (
    <figure className="chart" aria-label="Growth per trade against the fraction risked">
      <ResponsiveContainer width="100%" height={220}>
        <LineChart data={chart.points} margin={{ top: 8, right: 12, bottom: 0, left: 8 }}>
          <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
          <XAxis
            dataKey="f"
            type="number"
            domain={[0, end]}
            tickFormatter={percent}
            tick={{ fontSize: 11, fill: 'var(--muted)' }}
          />
          <YAxis width={64} tickFormatter={growthPercent} tick={{ fontSize: 11, fill: 'var(--muted)' }} />
          <Tooltip
            formatter={(value) => (typeof value === 'number' ? growthPercent(value) : String(value))}
            labelFormatter={(label) => (typeof label === 'number' ? `f = ${percent(label)}` : '')}
          />
          <ReferenceLine y={0} stroke="var(--muted)" />
          <Line
            type="monotone"
            dataKey="g"
            name="Growth per trade"
            stroke="var(--series-close)"
            dot={false}
            isAnimationActive={false}
          />
          {marks.map((mark) => (
            <ReferenceDot
              key={mark.key}
              x={mark.point.f}
              y={mark.point.g}
              r={5}
              fill={mark.colour}
              stroke="none"
              label={{ value: mark.label, position: 'top', fontSize: 11, fill: 'var(--text)' }}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
      <figcaption>
        g(f) = p·ln(1 + b·f) + (1 − p)·ln(1 − f): growth per trade peaks at Kelly and turns negative near
        twice Kelly; dots at your risk, half Kelly and Kelly
      </figcaption>
    </figure>
  );
});
