/**
 * Price bars imported from pasted or uploaded CSV text, for the ATR (atr.ts).
 *
 * Units: prices in the instrument's points, as written in the file; dates are kept as the file's text.
 * Nothing is rounded. Float64 on purpose: bar series are statistical input, not money.
 *
 * Layouts accepted (the common export formats):
 * - delimiter: comma, semicolon or tab, chosen from the first lines (tab, then semicolon, then comma: the
 *   first that appears on every line outside quotes);
 * - with a header, matched case-insensitively and ignoring punctuation: date/day/trade date, time,
 *   timestamp/datetime/"date time", open/o, high/h, low/l, close/c (else settle, else last, else price);
 *   volume, open interest, "adj close" and unknown columns are ignored; separate Date and Time columns
 *   (Sierra Chart) are joined as "date time";
 * - without a header: date, open, high, low, close[, volume…], or date, time, open, high, low, close[, …]
 *   when the second column is a clock time (e.g. NinjaTrader `20240102 093000;2003.5;2005.1;…`,
 *   MetaTrader `2024.01.02,09:30,…`);
 * - numbers: `2003.5`, quoted thousands `"2,003.50"`, `"2.003,50"`, and in semicolon or tab files a
 *   decimal comma `2003,5` (a comma with no dot there is the decimal separator).
 *
 * Unix time: a date cell that is a whole number of 9–10 digits (epoch seconds) or 12–13 digits (epoch
 * milliseconds), first digit not 0 — 1973-03-03 to 2286-11-20 either way — is read as a UTC instant and
 * the bar's date becomes ISO text in UTC: `YYYY-MM-DD` when the instant is 00:00:00 UTC, else
 * `YYYY-MM-DD HH:MM` (`:SS` and `.mmm` added only when not zero, so second bars stay apart). TradingView's
 * "Export chart data" writes such a `time` column (the bar's open, Pine's `time`); a header whose only
 * date-like name is `time` makes it the date column. TradingView stamps a daily bar at its session's open:
 * 00:00 UTC for symbols that trade around the clock in UTC (crypto), but an overnight futures session
 * opens the evening before — CME equity index futures at 17:00 CT, i.e. `2024-11-27 23:00` (UTC) for the
 * 2024-11-29 trading day (the day after Thanksgiving) — so such dates show the evening before the trading
 * day, in UTC. Their order, and so the ATR, is unaffected; the text is not shifted to guess the trading
 * day. (Sources: TradingView Pine docs, "Times, dates, and sessions" — `time` is the bar open in UNIX ms;
 * github.com/rongardF/tvdatafeed/issues/65 — an NQ daily bar stamped 1732748400.)
 *
 * Every rejected row is reported with its 1-based line number in the text; blank lines are skipped but
 * counted.
 *
 * Order: each good row's date is read by `dateSortKey` (times count to the millisecond). A row whose date
 * cannot be read is rejected (`date "Jan 4" is not a date RiskDesk can read`), and the file is read in the
 * direction that keeps the most of the other bars: newest-first files are reversed to chronological order.
 * Then, walking the rows in that order, a row whose date is not strictly after the previous kept bar's
 * date is rejected like any bad row (`date … is not after the previous bar (…)`, `date … repeats the
 * previous bar`), because ATR over misordered bars is wrong. The walk is greedy: a date far in the future
 * rejects every row after it, each message naming that date.
 * Exception: when more than half the good rows have a date that cannot be read (a whole file of `Jan 4`),
 * rejecting them would throw the file away, so the bars are kept as written (no reversal, no order check)
 * and the import says so: `orderChecked` is false and `unreadableDates` names them.
 * Parsing goes through papaparse (quotes, CRLF, embedded newlines) with `skipEmptyLines: false`, because
 * papaparse drops skipped rows without saying where they were, which would shift every line number after
 * a blank line.
 */
import Papa from 'papaparse';

/** The field separators the importer recognises. */
export type CsvDelimiter = ',' | ';' | '\t';

/** Bars in chronological order; the price arrays are parallel to `dates`. */
export interface BarSeries {
  readonly dates: readonly string[];
  readonly open: Float64Array;
  readonly high: Float64Array;
  readonly low: Float64Array;
  readonly close: Float64Array;
}

/** A rejected row: its 1-based line number in the text and a sentence that starts with `line N:`. */
export interface BarRowError {
  readonly line: number;
  readonly message: string;
}

/** A bar kept although its date could not be read (see `BarsImport.unreadableDates`). */
export interface UnreadableDate {
  /** The 1-based line number of the bar in the text. */
  readonly line: number;
  /** The date as written (with its time when the file has a separate time column). */
  readonly text: string;
}

/** The outcome of an import: the good bars, every rejected row, and what was detected. */
export interface BarsImport {
  /** Only the good rows, in chronological order. */
  readonly series: BarSeries;
  /** Every rejected row, by line number (never silently dropped). */
  readonly errors: readonly BarRowError[];
  readonly delimiter: CsvDelimiter;
  readonly hasHeader: boolean;
  /** True when the file was read as newest-first (bottom-up keeps more bars) and the bars were reversed. */
  readonly reversed: boolean;
  /**
   * False when the bars are kept in file order without the order check (no reversal, no rejection of
   * misordered dates) because more than half their dates could not be read; true otherwise (also when
   * there are no bars).
   */
  readonly orderChecked: boolean;
  /**
   * When `orderChecked` is false, every kept bar whose date could not be read, by line; else empty
   * (unreadable dates are then rejected rows in `errors`).
   */
  readonly unreadableDates: readonly UnreadableDate[];
  /** A whole-file problem (empty text, no recognisable columns, header without bars), else null. */
  readonly problem: string | null;
}

/** Where each field of a bar sits in a row; `time` is −1 when the date column carries the time. */
interface ColumnLayout {
  readonly date: number;
  readonly time: number;
  readonly open: number;
  readonly high: number;
  readonly low: number;
  readonly close: number;
  readonly columnCount: number;
}

type PriceName = 'open' | 'high' | 'low' | 'close';
type HeaderRole = 'date' | 'time' | 'datetime' | PriceName | 'ignored';

/** Header names after `normalizeHeaderName`, with the role of their column. */
const HEADER_ROLES: ReadonlyMap<string, HeaderRole> = new Map<string, HeaderRole>([
  ['date', 'date'],
  ['day', 'date'],
  ['tradedate', 'date'],
  ['time', 'time'],
  ['datetime', 'datetime'],
  ['timestamp', 'datetime'],
  ['gmttime', 'datetime'],
  ['localtime', 'datetime'],
  ['open', 'open'],
  ['o', 'open'],
  ['high', 'high'],
  ['h', 'high'],
  ['low', 'low'],
  ['l', 'low'],
  ['close', 'close'],
  ['c', 'close'],
  ['closelast', 'close'],
  ['settle', 'close'],
  ['settlement', 'close'],
  ['last', 'close'],
  ['price', 'close'],
  ['adjclose', 'ignored'],
  ['adjustedclose', 'ignored'],
  ['volume', 'ignored'],
  ['vol', 'ignored'],
  ['v', 'ignored'],
  ['openinterest', 'ignored'],
  ['openint', 'ignored'],
  ['oi', 'ignored'],
  ['numberoftrades', 'ignored'],
  ['trades', 'ignored'],
  ['change', 'ignored'],
]);

/** Which close-like column wins when several are present (lower wins): a real close beats a settlement. */
const CLOSE_RANK: ReadonlyMap<string, number> = new Map([
  ['close', 0],
  ['c', 0],
  ['closelast', 0],
  ['settle', 1],
  ['settlement', 1],
  ['last', 2],
  ['price', 3],
]);

const CLOCK_TIME = /^\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
const THOUSANDS_COMMA = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const THOUSANDS_DOT_DECIMAL_COMMA = /^[+-]?\d{1,3}(?:\.\d{3})+,\d*$/;
const DECIMAL_COMMA = /^[+-]?\d*,\d+$|^[+-]?\d+,$/;

const NO_COLUMNS_PROBLEM =
  'No recognisable columns: expected a header naming Date, Open, High, Low and Close, or rows of date, open, high, low, close.';

/** Parses pasted or imported CSV bars. Never throws. */
export function parseBarsCsv(text: string): BarsImport {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return emptyImport(',', false, 'The text is empty.');

  const delimiter = detectDelimiter(body);
  const decimalComma = delimiter !== ',';
  // Only a quoted field can hold a line break; without quotes every row is exactly one line.
  const mayHaveEmbeddedBreaks = body.includes('"');
  const bars = newGrowingBars(Math.max(16, Math.ceil(body.length / 48)));
  const errors: BarRowError[] = [];
  const pending: PendingRow[] = [];
  // Mutated inside papaparse's step callback, hence an object rather than `let`s that TypeScript would
  // wrongly narrow after the call.
  const state: ImportState = { layout: null, hasHeader: false, problem: null, dataRows: 0, nextLine: 1 };

  const importRow = (cells: readonly string[], line: number, quoteProblem: string | null): void => {
    if (state.layout === null) return;
    const reason = quoteProblem ?? appendBarOrReason(cells, line, state.layout, decimalComma, bars);
    // A line of delimiters only (`,,,,`, as spreadsheets save empty rows) is blank, not a bad bar.
    if (reason !== null && isBlankRow(cells)) return;
    state.dataRows++;
    if (reason !== null) errors.push({ line, message: `line ${line}: ${reason}` });
  };
  const settlePositionalLayout = (): void => {
    state.layout = positionalLayout(pending, delimiter);
    if (state.layout === null) state.problem = NO_COLUMNS_PROBLEM;
    for (const row of pending) importRow(row.cells, row.line, row.quoteProblem);
  };

  // Streaming (`step`) keeps papaparse from building and retaining an array of every row: about half the
  // parse time for 100,000 rows. For a string input papaparse runs the steps synchronously.
  Papa.parse<string[]>(body, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
    quoteChar: '"',
    step: (result, parser) => {
      const cells = result.data;
      const line = state.nextLine;
      state.nextLine += mayHaveEmbeddedBreaks ? 1 + embeddedLineBreaks(cells, result.meta.linebreak) : 1;
      if (cells.length === 1 && (cells[0] ?? '').trim() === '') return;
      const quoteProblem = quoteProblemOf(result.errors);
      if (state.layout !== null) {
        importRow(cells, line, quoteProblem);
        return;
      }
      if (isBlankRow(cells)) return;
      if (pending.length === 0 && cells.some((cell) => HEADER_ROLES.has(normalizeHeaderName(cell)))) {
        state.hasHeader = true;
        const fromHeader = layoutFromHeader(cells);
        if (typeof fromHeader === 'string') {
          state.problem = fromHeader;
          parser.abort();
        } else {
          state.layout = fromHeader;
        }
        return;
      }
      // Without a header the column count is decided from the first rows, then they are imported.
      pending.push({ cells, line, quoteProblem });
      if (pending.length === POSITIONAL_SAMPLE_ROWS) {
        settlePositionalLayout();
        if (state.problem !== null) parser.abort();
      }
    },
  });

  if (state.problem === null && state.layout === null && !state.hasHeader) settlePositionalLayout();
  if (state.problem === null && state.hasHeader && state.dataRows === 0) {
    state.problem = 'The header is not followed by any bars.';
  }
  if (state.problem !== null) return emptyImport(delimiter, state.hasHeader, state.problem);
  const hasHeader = state.hasHeader;

  const { reversed, keys, orderChecked } = chronology(bars.dates);
  const unreadableDates: UnreadableDate[] = [];
  const kept = orderChecked ? keptInOrder(keys, reversed, bars, errors) : null;
  let series: BarSeries;
  if (kept === null) {
    series = {
      dates: bars.dates,
      open: bars.open.slice(0, bars.count),
      high: bars.high.slice(0, bars.count),
      low: bars.low.slice(0, bars.count),
      close: bars.close.slice(0, bars.count),
    };
    if (reversed) {
      bars.dates.reverse();
      series.open.reverse();
      series.high.reverse();
      series.low.reverse();
      series.close.reverse();
    }
    if (!orderChecked) {
      for (let i = 0; i < keys.length; i++) {
        if (Number.isNaN(keys[i]))
          unreadableDates.push({ line: bars.lines[i] ?? 0, text: bars.dates[i] ?? '' });
      }
    }
  } else {
    series = {
      dates: Array.from(kept, (i) => bars.dates[i] ?? ''),
      open: picked(bars.open, kept),
      high: picked(bars.high, kept),
      low: picked(bars.low, kept),
      close: picked(bars.close, kept),
    };
    errors.sort((a, b) => a.line - b.line);
  }
  return { series, errors, delimiter, hasHeader, reversed, orderChecked, unreadableDates, problem: null };
}

/** A row seen before the column layout of a header-less file is known. */
interface PendingRow {
  readonly cells: readonly string[];
  readonly line: number;
  readonly quoteProblem: string | null;
}

/** What the row-by-row import has found so far. */
interface ImportState {
  layout: ColumnLayout | null;
  hasHeader: boolean;
  problem: string | null;
  /** Non-blank rows after the header, good or bad. */
  dataRows: number;
  /** The 1-based line number of the next row papaparse will hand over. */
  nextLine: number;
}

/** How many rows of a header-less file decide its column count. */
const POSITIONAL_SAMPLE_ROWS = 50;

/** Bars being collected: typed arrays that double when full, and the number of bars in them. */
interface GrowingBars {
  readonly dates: string[];
  /** The 1-based line number of each bar in the text. */
  lines: Int32Array;
  open: Float64Array;
  high: Float64Array;
  low: Float64Array;
  close: Float64Array;
  count: number;
}

/** Empty growing bars with room for `capacity` bars. */
function newGrowingBars(capacity: number): GrowingBars {
  return {
    dates: [],
    lines: new Int32Array(capacity),
    open: new Float64Array(capacity),
    high: new Float64Array(capacity),
    low: new Float64Array(capacity),
    close: new Float64Array(capacity),
    count: 0,
  };
}

/** A copy of `values` in an array twice as long. */
function doubled(values: Float64Array): Float64Array {
  const bigger = new Float64Array(values.length * 2);
  bigger.set(values);
  return bigger;
}

/**
 * Reads one row (on `line`) as a bar and appends it to `bars`, or returns why the row is rejected
 * (without the `line N:` prefix). Checks, in order: column count, date, each price (missing, not a
 * number, ≤ 0), then high ≥ low, high ≥ max(open, close), low ≤ min(open, close).
 */
function appendBarOrReason(
  cells: readonly string[],
  line: number,
  layout: ColumnLayout,
  decimalComma: boolean,
  bars: GrowingBars,
): string | null {
  const width = effectiveWidth(cells, layout.columnCount);
  if (width !== layout.columnCount) return `expected ${layout.columnCount} columns, found ${width}`;
  const dateText = (cells[layout.date] ?? '').trim();
  if (dateText === '') return 'date is missing';

  const openText = (cells[layout.open] ?? '').trim();
  const highText = (cells[layout.high] ?? '').trim();
  const lowText = (cells[layout.low] ?? '').trim();
  const closeText = (cells[layout.close] ?? '').trim();
  const o = parsePriceText(openText, decimalComma);
  const h = parsePriceText(highText, decimalComma);
  const l = parsePriceText(lowText, decimalComma);
  const c = parsePriceText(closeText, decimalComma);
  const priceReason =
    priceProblem('open', openText, o) ??
    priceProblem('high', highText, h) ??
    priceProblem('low', lowText, l) ??
    priceProblem('close', closeText, c);
  if (priceReason !== null) return priceReason;
  if (h < l) return `high ${highText} is below low ${lowText}`;
  if (h < o || h < c)
    return o > c
      ? `high ${highText} is below open ${openText}`
      : `high ${highText} is below close ${closeText}`;
  if (l > o || l > c)
    return o < c ? `low ${lowText} is above open ${openText}` : `low ${lowText} is above close ${closeText}`;

  if (bars.count === bars.open.length) {
    const lines = new Int32Array(bars.lines.length * 2);
    lines.set(bars.lines);
    bars.lines = lines;
    bars.open = doubled(bars.open);
    bars.high = doubled(bars.high);
    bars.low = doubled(bars.low);
    bars.close = doubled(bars.close);
  }
  const i = bars.count;
  bars.open[i] = o;
  bars.high[i] = h;
  bars.low[i] = l;
  bars.close[i] = c;
  bars.lines[i] = line;
  const timeText = layout.time >= 0 ? (cells[layout.time] ?? '').trim() : '';
  const date = epochDateText(dateText) ?? dateText;
  bars.dates.push(timeText === '' ? date : `${date} ${timeText}`);
  bars.count = i + 1;
  return null;
}

/** Why a price field is unusable (missing, not a number, not above zero), or null. */
function priceProblem(name: PriceName, trimmed: string, value: number): string | null {
  if (trimmed === '') return `${name} is missing`;
  if (Number.isNaN(value)) return `${name} "${shortened(trimmed)}" is not a number`;
  if (value <= 0) return `${name} ${trimmed} is not above zero`;
  return null;
}

/** A field quoted in a message: at most 40 characters, line breaks shown as spaces. */
function shortened(text: string): string {
  const oneLine = text.replace(/[\r\n]+/g, ' ');
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}

/** The reason to reject a row papaparse found broken quotes in, or null. */
function quoteProblemOf(errors: readonly Papa.ParseError[]): string | null {
  for (const error of errors) {
    if (error.code === 'MissingQuotes')
      return 'a quote is not closed (the rest of the text was read as one field)';
    if (error.code === 'InvalidQuotes') return 'a quote is misplaced';
  }
  return null;
}

/** Line breaks inside the (quoted) fields of one row. */
function embeddedLineBreaks(cells: readonly string[], linebreak: string): number {
  const breakChar = linebreak === '\r' ? '\r' : '\n';
  let breaks = 0;
  for (const cell of cells) {
    for (let at = cell.indexOf(breakChar); at !== -1; at = cell.indexOf(breakChar, at + 1)) breaks++;
  }
  return breaks;
}

/** An import with no bars: used for whole-file problems. */
function emptyImport(delimiter: CsvDelimiter, hasHeader: boolean, problem: string): BarsImport {
  return {
    series: {
      dates: [],
      open: new Float64Array(0),
      high: new Float64Array(0),
      low: new Float64Array(0),
      close: new Float64Array(0),
    },
    errors: [],
    delimiter,
    hasHeader,
    reversed: false,
    orderChecked: true,
    unreadableDates: [],
    problem,
  };
}

/**
 * The delimiter of the text: the first of tab, semicolon, comma that appears (outside quotes) on every one
 * of the first 20 non-blank lines; otherwise the one on the most lines; comma when none appears. Tab and
 * semicolon go first because a semicolon or tab file may use commas as decimal separators.
 */
function detectDelimiter(text: string): CsvDelimiter {
  const head = text.slice(0, 65536);
  const pieces = head.split(/\r\n|\n|\r/);
  // The last piece may be a line cut in the middle by the slice.
  if (head.length < text.length) pieces.pop();
  const lines = pieces.filter((line) => line.trim() !== '').slice(0, 20);
  const candidates: readonly CsvDelimiter[] = ['\t', ';', ','];
  let best: CsvDelimiter = ',';
  let bestLines = 0;
  for (const candidate of candidates) {
    const linesWith = lines.filter((line) => countOutsideQuotes(line, candidate) > 0).length;
    if (linesWith > 0 && linesWith === lines.length) return candidate;
    if (linesWith > bestLines) {
      best = candidate;
      bestLines = linesWith;
    }
  }
  return best;
}

/** How many times `char` occurs in `line` outside double-quoted stretches. */
function countOutsideQuotes(line: string, char: string): number {
  let inQuotes = false;
  let count = 0;
  for (const c of line) {
    if (c === '"') inQuotes = !inQuotes;
    else if (c === char && !inQuotes) count++;
  }
  return count;
}

/** True for an empty line, a whitespace-only line, or a line of delimiters only (`,,,,`). */
function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** The row's column count, not counting one empty cell left by a trailing delimiter. */
function effectiveWidth(cells: readonly string[], expected: number): number {
  const last = cells[cells.length - 1];
  return cells.length === expected + 1 && last !== undefined && last.trim() === '' ? expected : cells.length;
}

/** Lower-case letters and digits only: `Adj. Close` → `adjclose`, `<DATE>` → `date`. */
function normalizeHeaderName(cell: string): string {
  return cell.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The column layout named by a header row, or a sentence naming the columns it lacks. */
function layoutFromHeader(header: readonly string[]): ColumnLayout | string {
  let columnCount = header.length;
  while (columnCount > 0 && (header[columnCount - 1] ?? '').trim() === '') columnCount--;
  let date = -1;
  let time = -1;
  let dateTime = -1;
  let open = -1;
  let high = -1;
  let low = -1;
  let close = -1;
  let closeRank = Number.POSITIVE_INFINITY;
  for (let i = 0; i < columnCount; i++) {
    const name = normalizeHeaderName(header[i] ?? '');
    const role = HEADER_ROLES.get(name);
    if (role === 'date' && date < 0) date = i;
    else if (role === 'time' && time < 0) time = i;
    else if (role === 'datetime' && dateTime < 0) dateTime = i;
    else if (role === 'open' && open < 0) open = i;
    else if (role === 'high' && high < 0) high = i;
    else if (role === 'low' && low < 0) low = i;
    else if (role === 'close') {
      const rank = CLOSE_RANK.get(name) ?? Number.POSITIVE_INFINITY;
      if (rank < closeRank) {
        close = i;
        closeRank = rank;
      }
    }
  }
  // Date + Time columns (Sierra Chart) are joined; else a date-time column; else a lone Time column.
  let dateColumn = date;
  let timeColumn = -1;
  if (date >= 0) timeColumn = time;
  else if (dateTime >= 0) dateColumn = dateTime;
  else dateColumn = time;

  const missing: string[] = [];
  if (dateColumn < 0) missing.push('date');
  if (open < 0) missing.push('open');
  if (high < 0) missing.push('high');
  if (low < 0) missing.push('low');
  if (close < 0) missing.push('close');
  if (missing.length > 0) return `The header has no ${listInWords(missing)} column.`;
  return { date: dateColumn, time: timeColumn, open, high, low, close, columnCount };
}

/** `a`, `a or b`, `a, b or c`. */
function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}

/**
 * The layout of a file without a header: date, open, high, low, close, or date, time, open, high, low,
 * close when the second column holds clock times. The column count is the most common one among the
 * first rows, so that one malformed first row does not condemn the rest. Null when the rows do not look
 * like bars at all (too few columns, or no price that reads as a number).
 */
function positionalLayout(rows: readonly PendingRow[], delimiter: CsvDelimiter): ColumnLayout | null {
  const widths = new Map<number, number>();
  for (const row of rows) widths.set(row.cells.length, (widths.get(row.cells.length) ?? 0) + 1);
  let columnCount = 0;
  let mostRows = 0;
  for (const [width, rowCount] of widths) {
    if (rowCount > mostRows) {
      columnCount = width;
      mostRows = rowCount;
    }
  }
  const sample = rows.find((row) => row.cells.length === columnCount)?.cells ?? [];
  const hasTime = CLOCK_TIME.test((sample[1] ?? '').trim());
  const priceStart = hasTime ? 2 : 1;
  if (columnCount < priceStart + 4) return null;
  const decimalComma = delimiter !== ',';
  let numericPrices = 0;
  for (let p = priceStart; p < priceStart + 4; p++) {
    if (!Number.isNaN(parsePriceText((sample[p] ?? '').trim(), decimalComma))) numericPrices++;
  }
  if (numericPrices === 0) return null;
  return {
    date: 0,
    time: hasTime ? 1 : -1,
    open: priceStart,
    high: priceStart + 1,
    low: priceStart + 2,
    close: priceStart + 3,
    columnCount,
  };
}

/** 10^k for k = 0 … 15, exact in float64. */
const POWERS_OF_TEN: readonly number[] = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * A trimmed price text as a number, NaN when it is not one. Accepts `2003.5`, `1e3`, thousands commas
 * `2,003.50`, `2.003,50`, and with `decimalComma` (semicolon and tab files) `2003,5`. Rejects empty text,
 * hex/octal/binary literals, `Infinity`.
 */
function parsePriceText(trimmed: string, decimalComma: boolean): number {
  // Fast path for the usual `2003.25` / `2003,25`: digits with at most one decimal separator. With at most
  // 15 digits the mantissa is an exact integer and 10^k is exact, so one division gives the correctly
  // rounded double: bit for bit what Number() returns, several times faster.
  const length = trimmed.length;
  let i = 0;
  const first = trimmed.charCodeAt(0);
  const negative = first === 45; // '-'
  if (negative || first === 43) i = 1; // '+'
  let mantissa = 0;
  let digits = 0;
  let fractionDigits = -1;
  for (; i < length; i++) {
    const code = trimmed.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      digits++;
      if (fractionDigits >= 0) fractionDigits++;
    } else if (fractionDigits < 0 && (code === 46 || (decimalComma && code === 44))) {
      fractionDigits = 0;
    } else {
      return parseSeparatedNumber(trimmed, decimalComma);
    }
  }
  if (digits === 0 || digits > 15) return parseSeparatedNumber(trimmed, decimalComma);
  const value = fractionDigits > 0 ? mantissa / (POWERS_OF_TEN[fractionDigits] ?? Number.NaN) : mantissa;
  return negative ? -value : value;
}

/** The slow path of `parsePriceText`: exponents, thousands separators, long digit strings. */
function parseSeparatedNumber(trimmed: string, decimalComma: boolean): number {
  if (trimmed === '') return Number.NaN;
  const plain = Number(trimmed);
  if (Number.isFinite(plain)) {
    // Number() also reads 0x1F, 0o7, 0b1: not prices. `| 0x20` lower-cases an ASCII letter.
    const marker = trimmed.charCodeAt(1) | 0x20;
    const radixPrefixed = trimmed.charCodeAt(0) === 48 && (marker === 120 || marker === 111 || marker === 98);
    return radixPrefixed ? Number.NaN : plain;
  }
  if (!trimmed.includes(',')) return Number.NaN;
  let normalized: string | null = null;
  if (decimalComma && !trimmed.includes('.') && DECIMAL_COMMA.test(trimmed)) {
    normalized = trimmed.replace(',', '.');
  } else if (THOUSANDS_COMMA.test(trimmed)) {
    normalized = trimmed.replace(/,/g, '');
  } else if (THOUSANDS_DOT_DECIMAL_COMMA.test(trimmed)) {
    normalized = trimmed.replace(/\./g, '').replace(',', '.');
  }
  if (normalized === null) return Number.NaN;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : Number.NaN;
}

const MS_PER_DAY = 86_400_000;

/**
 * The ISO text (UTC) of a date cell that is Unix time, else null: 9–10 digits are seconds, 12–13 digits
 * milliseconds, the first digit not 0 (so 1973-03-03 to 2286-11-20). `YYYY-MM-DD` for 00:00:00.000 UTC,
 * else `YYYY-MM-DD HH:MM`, with `:SS` when the seconds are not zero and `.mmm` when the milliseconds are
 * not. Pure arithmetic, no clock.
 */
function epochDateText(text: string): string | null {
  const length = text.length;
  if (length !== 9 && length !== 10 && length !== 12 && length !== 13) return null;
  if (text.charCodeAt(0) === 48) return null; // a leading '0'
  const value = digitsAt(text, 0, length);
  if (Number.isNaN(value)) return null;
  // Exact: below 10^13 < 2^53, and ×1000 of a 10-digit integer is exact too.
  return isoTextOfEpochMs(length <= 10 ? value * 1000 : value);
}

/** `YYYY-MM-DD[ HH:MM[:SS[.mmm]]]` (UTC) of a non-negative whole number of milliseconds since 1970-01-01. */
function isoTextOfEpochMs(ms: number): string {
  // Integer division of non-negative integers: Math.floor only drops the remainder.
  const days = Math.floor(ms / MS_PER_DAY);
  const msOfDay = ms - days * MS_PER_DAY;
  const { year, month, day } = civilFromDays(days);
  const date = `${year}-${twoDigits(month)}-${twoDigits(day)}`;
  if (msOfDay === 0) return date;
  const hour = Math.floor(msOfDay / 3_600_000);
  const minute = Math.floor(msOfDay / 60_000) % 60;
  const second = Math.floor(msOfDay / 1000) % 60;
  const millisecond = msOfDay % 1000;
  let time = `${twoDigits(hour)}:${twoDigits(minute)}`;
  if (second !== 0 || millisecond !== 0) time += `:${twoDigits(second)}`;
  if (millisecond !== 0) time += `.${String(millisecond).padStart(3, '0')}`;
  return `${date} ${time}`;
}

/**
 * The proleptic Gregorian date of a day number (days since 1970-01-01, ≥ 0), after Howard Hinnant's
 * `civil_from_days` (howardhinnant.github.io/date_algorithms.html): eras of 400 years (146,097 days)
 * counted from 0000-03-01, so that the leap day falls at the end of each year of the era.
 */
function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468; // days from 0000-03-01 to 1970-01-01
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097; // 0 … 146,096
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  ); // 0 … 399
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100)); // 0 … 365
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153); // 0 = March … 11 = February
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** `n` (0 … 99) with a leading zero. */
function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const YEAR_FIRST =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:[T ]+(\d{2}):?(\d{2})(?::?(\d{2}))?)?$/;
const YEAR_LAST =
  /^(\d{1,2})([-/.])(\d{1,2})[-/.](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*([AaPp][Mm])?)?$/;

/**
 * A number that orders the date texts of one file, or NaN when the text is not a recognisable date:
 * `YYYY-MM-DD`, `YYYY/M/D`, `YYYY.MM.DD`, `YYYYMMDD`, each with an optional time (`hh:mm[:ss[.fff]]`, or
 * `hhmmss` after `YYYYMMDD`), `MM/DD/YYYY [hh:mm[:ss]] [AM|PM]` (`DD/MM/YYYY` when `dayFirst`),
 * `DD.MM.YYYY` and `DD-MM-YYYY`. Time-zone suffixes are ignored: one file uses one zone. Fractions of a
 * second count to the millisecond. The number is an exact integer (below 2^53 for any 4-digit year), so
 * equal numbers mean the same instant.
 */
function dateSortKey(text: string, dayFirst: boolean): number {
  const fast = isoDateSortKey(text);
  if (!Number.isNaN(fast)) return fast;
  let year: number;
  let month: number;
  let day: number;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let fraction: string | undefined;
  const m = YEAR_FIRST.exec(text) ?? COMPACT.exec(text);
  if (m !== null) {
    year = Number(m[1]);
    month = Number(m[2]);
    day = Number(m[3]);
    hour = Number(m[4] ?? 0);
    minute = Number(m[5] ?? 0);
    second = Number(m[6] ?? 0);
    fraction = m[7];
  } else {
    const y = YEAR_LAST.exec(text);
    if (y === null) return Number.NaN;
    const monthFirst = y[2] === '/' && !dayFirst;
    month = Number(monthFirst ? y[1] : y[3]);
    day = Number(monthFirst ? y[3] : y[1]);
    year = Number(y[4]);
    hour = Number(y[5] ?? 0);
    minute = Number(y[6] ?? 0);
    second = Number(y[7] ?? 0);
    fraction = y[8];
    const meridiem = y[9]?.toLowerCase();
    if (meridiem !== undefined) {
      if (hour < 1 || hour > 12) return Number.NaN;
      hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
    }
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
    return Number.NaN;
  }
  const millisecond = fraction === undefined ? 0 : Number(`${fraction}00`.slice(0, 3));
  return instantKey(year, month, day, hour, minute, second, millisecond);
}

/** The key of `dateSortKey` for checked fields. */
function instantKey(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millisecond: number,
): number {
  // Mixed radix, most significant first: months of 31 days and minutes of 61 seconds (a leap second).
  const minuteIndex = ((((year * 12 + month - 1) * 31 + day - 1) * 24 + hour) * 60 + minute) * 61;
  return (minuteIndex + second) * 1000 + millisecond;
}

/**
 * `dateSortKey` of the commonest layouts without a regular expression (an order check reads every date):
 * `YYYY-MM-DD`, optionally followed by `hh:mm` or `hh:mm:ss`, with `-`, `/` or `.` between the date
 * fields and one space or T before the time. NaN for anything else, which the full parser then reads.
 */
function isoDateSortKey(text: string): number {
  const length = text.length;
  if (length !== 10 && length !== 16 && length !== 19) return Number.NaN;
  const separator = text.charCodeAt(4);
  if (separator !== 45 && separator !== 47 && separator !== 46) return Number.NaN; // - / .
  if (text.charCodeAt(7) !== separator) return Number.NaN;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  let hour = 0;
  let minute = 0;
  let second = 0;
  if (length > 10) {
    const beforeTime = text.charCodeAt(10);
    if ((beforeTime !== 32 && beforeTime !== 84) || text.charCodeAt(13) !== 58) return Number.NaN; // ' ' T :
    hour = digitsAt(text, 11, 2);
    minute = digitsAt(text, 14, 2);
    if (length === 19) {
      if (text.charCodeAt(16) !== 58) return Number.NaN;
      second = digitsAt(text, 17, 2);
    }
  }
  // A NaN field fails every comparison, so the `!(…)` form also rejects non-digits.
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 60)) {
    return Number.NaN;
  }
  if (Number.isNaN(year)) return Number.NaN;
  return instantKey(year, month, day, hour, minute, second, 0);
}

/** The decimal number written by the `count` characters of `text` from `start`, NaN unless all are digits. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** How the good rows are ordered: which way they run, their date keys, and whether the order is checked. */
interface Chronology {
  /** True when the rows are read bottom-up (a newest-first file). */
  readonly reversed: boolean;
  /** Each good row's `dateSortKey` in file order, NaN where the date cannot be read. */
  readonly keys: Float64Array;
  /** False when more than half the dates cannot be read: the rows are then kept as written. */
  readonly orderChecked: boolean;
}

/**
 * Whether the file is newest-first, and the date keys of its rows. Of the readings of the dates (slash
 * dates month-first, MM/DD/YYYY, then day-first, DD/MM/YYYY) the ones that can read the most dates compete
 * (a day-first file has days above 12 that month-first cannot read); of those readings and the two
 * directions, the one whose order check rejects the fewest rows wins; ties go to month-first, then to
 * oldest-first. So an oldest-first file stays as it is, a newest-first file is reversed, even with a few
 * rows out of place. When more than half the dates cannot be read under the best reading, the order is
 * not checked.
 */
function chronology(dates: readonly string[]): Chronology {
  const monthFirst = dateReading(dates, false);
  const dayFirst = monthFirst.unreadable > 0 || monthFirst.slashYearLast ? dateReading(dates, true) : null;
  let readings: readonly DateReading[] = [monthFirst];
  if (dayFirst !== null && dayFirst.unreadable < monthFirst.unreadable) readings = [dayFirst];
  else if (dayFirst !== null && dayFirst.unreadable === monthFirst.unreadable)
    readings = [monthFirst, dayFirst];
  const first = readings[0] ?? monthFirst;
  if (first.unreadable * 2 > dates.length) return { reversed: false, keys: first.keys, orderChecked: false };

  let best: Chronology = { reversed: false, keys: first.keys, orderChecked: true };
  let fewest = Number.POSITIVE_INFINITY;
  for (const { keys } of readings) {
    for (const reversed of [false, true]) {
      const rejected = outOfOrderCount(keys, reversed, fewest);
      if (rejected < fewest) {
        best = { reversed, keys, orderChecked: true };
        fewest = rejected;
        if (rejected === 0) return best;
      }
    }
  }
  return best;
}

/** The dates of a file read one way: their keys (NaN where unreadable) and what the reading found. */
interface DateReading {
  readonly keys: Float64Array;
  /** How many dates this reading cannot read. */
  readonly unreadable: number;
  /** Whether some date is `M/D/YYYY`-like, the only kind that day-first reads differently. */
  readonly slashYearLast: boolean;
}

/** The `dateSortKey` of every date, NaN for those that are not recognisable. */
function dateReading(dates: readonly string[], dayFirst: boolean): DateReading {
  const keys = new Float64Array(dates.length);
  let unreadable = 0;
  let slashYearLast = false;
  for (let i = 0; i < dates.length; i++) {
    const date = dates[i] ?? '';
    const key = dateSortKey(date, dayFirst);
    keys[i] = key;
    if (Number.isNaN(key)) unreadable++;
    if (date.charCodeAt(1) === 47 || date.charCodeAt(2) === 47) slashYearLast = true; // '/'
  }
  return { keys, unreadable, slashYearLast };
}

/**
 * How many rows the order check rejects when the rows are read in the given direction: those not
 * strictly after the previous kept row (unreadable dates, rejected in every direction, are not counted).
 * Stops counting at `limit`, when this direction has already lost.
 */
function outOfOrderCount(keys: Float64Array, reversed: boolean, limit: number): number {
  const n = keys.length;
  let rejected = 0;
  let previous = Number.NEGATIVE_INFINITY;
  for (let step = 0; step < n && rejected < limit; step++) {
    const key = keys[reversed ? n - 1 - step : step] ?? Number.NaN;
    if (key > previous) previous = key;
    else if (!Number.isNaN(key)) rejected++;
  }
  return rejected;
}

/**
 * The order check: walks the bars in chronological order and rejects (into `errors`, by line number)
 * each one whose date cannot be read or is not strictly after the previous kept bar's. Returns the
 * indices of the kept bars in chronological order, or null when every bar is kept.
 */
function keptInOrder(
  keys: Float64Array,
  reversed: boolean,
  bars: GrowingBars,
  errors: BarRowError[],
): Int32Array | null {
  const n = keys.length;
  const kept = new Int32Array(n);
  let keptCount = 0;
  let previous = -1;
  for (let step = 0; step < n; step++) {
    const i = reversed ? n - 1 - step : step;
    const key = keys[i] ?? Number.NaN;
    const previousKey = previous < 0 ? Number.NEGATIVE_INFINITY : (keys[previous] ?? Number.NaN);
    if (key > previousKey) {
      kept[keptCount++] = i;
      previous = i;
      continue;
    }
    const line = bars.lines[i] ?? 0;
    const date = bars.dates[i] ?? '';
    const previousDate = bars.dates[previous] ?? '';
    const reason = Number.isNaN(key)
      ? `date "${shortened(date)}" is not a date RiskDesk can read`
      : key !== previousKey
        ? `date ${date} is not after the previous bar (${previousDate})`
        : date === previousDate
          ? `date ${date} repeats the previous bar`
          : `date ${date} repeats the previous bar (${previousDate})`;
    errors.push({ line, message: `line ${line}: ${reason}` });
  }
  return keptCount === n ? null : kept.subarray(0, keptCount);
}

/** `values` at the given indices, in their order. */
function picked(values: Float64Array, indices: Int32Array): Float64Array {
  const result = new Float64Array(indices.length);
  for (let k = 0; k < indices.length; k++) result[k] = values[indices[k] ?? 0] ?? Number.NaN;
  return result;
}
