import { memo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ScalingChart as ScalingChartData } from '../../core/portfolio/portfolioDoor';

const dollars = (value: number) => `$${Math.round(value / 1000).toLocaleString('en-US')}k`;

/** Series colours, in turn (the theme's series colours first). */
const COLOURS = [
  'var(--series-close)',
  'var(--series-long)',
  'var(--series-short)',
  'var(--warning)',
  '#7b5ea7',
  '#2a8a8a',
  '#a0522d',
  '#5f6b7a',
];

/** The scaling ladder: contracts of each asset against equity, a step at each milestone. */
export const ScalingChart = memo(function ScalingChart({ chart }: { chart: ScalingChartData }) {
  return (
    <figure className="chart" aria-label="Scaling plan ladder: contracts per asset at each equity milestone">
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={chart.points} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
          <XAxis
            dataKey="equity"
            type="number"
            domain={['dataMin', 'dataMax']}
            tickFormatter={dollars}
            tick={{ fontSize: 11, fill: 'var(--muted)' }}
          />
          <YAxis width={32} allowDecimals={false} tick={{ fontSize: 11, fill: 'var(--muted)' }} />
          <Tooltip
            labelFormatter={(label) => (typeof label === 'number' ? `Equity ${dollars(label)}` : '')}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {chart.series.map((series, i) => (
            <Line
              key={series.key}
              type="stepAfter"
              dataKey={series.key}
              name={series.name}
              stroke={COLOURS[i % COLOURS.length] ?? 'currentColor'}
              dot={{ r: 2 }}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
});
