import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { GapBinView } from '../../core';

/**
 * The histogram of gaps in points (open − previous close), the bins beyond the sized trade's stop in the
 * alarm colour; loaded lazily and fed deferred data.
 */
export const GapChart = memo(function GapChart({
  bins,
  caption,
}: {
  bins: readonly GapBinView[];
  caption: string;
}) {
  return (
    <figure className="chart" aria-label="Histogram of gaps in points">
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={bins} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} barCategoryGap={1}>
          <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
          <XAxis dataKey="label" minTickGap={24} tick={{ fontSize: 11, fill: 'var(--muted)' }} />
          <YAxis allowDecimals={false} width={40} tick={{ fontSize: 11, fill: 'var(--muted)' }} />
          <Tooltip />
          <Legend />
          <Bar
            dataKey="within"
            name="Gaps"
            stackId="gaps"
            fill="var(--series-close)"
            isAnimationActive={false}
          />
          <Bar
            dataKey="beyond"
            name="Beyond the stop"
            stackId="gaps"
            fill="var(--series-long)"
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
      <figcaption>{caption}</figcaption>
    </figure>
  );
});
