/**
 * The second door into core: bar-series code (CSV parsing with papaparse, ATR, the band study), loaded on
 * demand by the store so that none of it weighs on the first paint (DESIGN.md budget: ≤ 100 KB gzip).
 * Everything else goes through index.ts.
 */
export { parseBarsCsv } from './bars';
export { studyBars } from './barsStudy';
