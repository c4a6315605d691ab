/** Words for the outcome of a bars import (shown under the import fields). */
import type { BarsImport, UnreadableDate } from './bars';

/** How many unreadable dates the summary names by line before "…". */
const NAMED_UNREADABLE_DATES = 3;

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

/** "(line 4)", "(lines 4, 9, 17)", "(lines 4, 9, 17, …)". */
function linesInWords(dates: readonly UnreadableDate[]): string {
  const named = dates.slice(0, NAMED_UNREADABLE_DATES).map((date) => date.line.toLocaleString('en-US'));
  const more = dates.length > NAMED_UNREADABLE_DATES ? ', …' : '';
  return `(${dates.length === 1 ? 'line' : 'lines'} ${named.join(', ')}${more})`;
}

/**
 * "250 bars read.", "250 bars read (newest-first file, put in date order); 2 rows rejected:",
 * "45 bars read; order not checked: 30 dates could not be read (lines 2, 3, 4, …)." or the file's problem.
 * A trailing colon introduces the list of rejected rows.
 */
export function describeBarsImport(parsed: BarsImport): string {
  if (parsed.problem !== null) return parsed.problem;
  let read = `${plural(parsed.series.close.length, 'bar', 'bars')} read${parsed.reversed ? ' (newest-first file, put in date order)' : ''}`;
  if (!parsed.orderChecked) {
    const unreadable = parsed.unreadableDates;
    read += `; order not checked: ${plural(unreadable.length, 'date', 'dates')} could not be read ${linesInWords(unreadable)}`;
  }
  return parsed.errors.length > 0
    ? `${read}; ${plural(parsed.errors.length, 'row', 'rows')} rejected:`
    : `${read}.`;
}
