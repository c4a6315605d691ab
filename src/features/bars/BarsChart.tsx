import { memo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BandPoint } from '../../core';

/** Closes with the long (close − k·ATR) and short (close + k·ATR) stop bands; loaded lazily, fed deferred data. */
export const BarsChart = memo(function BarsChart({ points }: { points: readonly BandPoint[] }) {
  return (
    <figure className="chart" aria-label="Close prices with ATR stop bands">
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
          <XAxis dataKey="date" minTickGap={40} tick={{ fontSize: 11, fill: 'var(--muted)' }} />
          <YAxis domain={['auto', 'auto']} width={64} tick={{ fontSize: 11, fill: 'var(--muted)' }} />
          <Tooltip />
          <Legend />
          <Line
            type="linear"
            dataKey="close"
            name="Close"
            stroke="var(--series-close)"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="longStop"
            name="Long stop band"
            stroke="var(--series-long)"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="shortStop"
            name="Short stop band"
            stroke="var(--series-short)"
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
      <figcaption>Last {points.length} bars: close and close ∓ multiplier × ATR</figcaption>
    </figure>
  );
});
