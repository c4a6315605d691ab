/** Words for the outcome of a bars import (shown under the import fields). */
import type { BarsImport } from './bars';

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

/** "250 bars read.", "250 bars read (newest-first file, put in date order); 2 rows rejected:" or the file's problem. */
export function describeBarsImport(parsed: BarsImport): string {
  if (parsed.problem !== null) return parsed.problem;
  const read = `${plural(parsed.series.close.length, 'bar', 'bars')} read${parsed.reversed ? ' (newest-first file, put in date order)' : ''}`;
  return parsed.errors.length > 0
    ? `${read}; ${plural(parsed.errors.length, 'row', 'rows')} rejected:`
    : `${read}.`;
}
