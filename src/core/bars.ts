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
 * Every rejected row is reported with its 1-based line number in the text; blank lines are skipped but
 * counted. Newest-first files (recognisable dates, see `dateSortKey`) are reversed to chronological order.
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

/** The outcome of an import: the good bars, every rejected row, and what was detected. */
export interface BarsImport {
  /** Only the good rows, in chronological order. */
  readonly series: BarSeries;
  /** Every rejected row, by line number (never silently dropped). */
  readonly errors: readonly BarRowError[];
  readonly delimiter: CsvDelimiter;
  readonly hasHeader: boolean;
  /** True when the file was newest-first and the bars were reversed. */
  readonly reversed: boolean;
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

const PRICE_NAMES: readonly PriceName[] = ['open', 'high', 'low', 'close'];
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
  const parsed = Papa.parse<string[]>(body, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
    quoteChar: '"',
  });
  const rows = parsed.data;
  const lineOfRow = lineNumbersOfRows(rows, body.includes('"'), parsed.meta.linebreak);
  const rowProblems = new Map<number, string>();
  for (const error of parsed.errors) {
    if (error.type === 'Quotes' && error.row !== undefined && !rowProblems.has(error.row)) {
      rowProblems.set(
        error.row,
        error.code === 'MissingQuotes' ? 'a quote is not closed' : 'a quote is misplaced',
      );
    }
  }

  let firstRow = 0;
  while (firstRow < rows.length && isBlankRow(rows[firstRow] ?? [])) firstRow++;
  const first = rows[firstRow] ?? [];
  const hasHeader = first.some((cell) => HEADER_ROLES.has(normalizeHeaderName(cell)));

  let layout: ColumnLayout;
  if (hasHeader) {
    const fromHeader = layoutFromHeader(first);
    if (typeof fromHeader === 'string') return emptyImport(delimiter, true, fromHeader);
    layout = fromHeader;
  } else {
    const positional = positionalLayout(rows, firstRow, delimiter);
    if (positional === null) return emptyImport(delimiter, false, NO_COLUMNS_PROBLEM);
    layout = positional;
  }

  const dataStart = hasHeader ? firstRow + 1 : firstRow;
  const capacity = Math.max(rows.length - dataStart, 0);
  const open = new Float64Array(capacity);
  const high = new Float64Array(capacity);
  const low = new Float64Array(capacity);
  const close = new Float64Array(capacity);
  const dates: string[] = [];
  const errors: BarRowError[] = [];
  const decimalComma = delimiter !== ',';
  const prices = new Float64Array(4);
  const columns = [layout.open, layout.high, layout.low, layout.close] as const;
  let seenDataRow = false;
  let count = 0;

  for (let r = dataStart; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    if (isBlankRow(cells)) continue;
    seenDataRow = true;
    const line = lineOfRow(r);
    const reject = (reason: string): void => {
      errors.push({ line, message: `line ${line}: ${reason}` });
    };
    const quoteProblem = rowProblems.get(r);
    if (quoteProblem !== undefined) {
      reject(quoteProblem);
      continue;
    }
    const width = effectiveWidth(cells, layout.columnCount);
    if (width !== layout.columnCount) {
      reject(`expected ${layout.columnCount} columns, found ${width}`);
      continue;
    }
    const dateText = (cells[layout.date] ?? '').trim();
    if (dateText === '') {
      reject('date is missing');
      continue;
    }
    const timeText = layout.time >= 0 ? (cells[layout.time] ?? '').trim() : '';

    let reason: string | null = null;
    for (let p = 0; p < 4 && reason === null; p++) {
      const raw = (cells[columns[p] ?? 0] ?? '').trim();
      const name = PRICE_NAMES[p] ?? 'close';
      if (raw === '') {
        reason = `${name} is missing`;
        continue;
      }
      const value = parsePriceText(raw, decimalComma);
      if (Number.isNaN(value)) reason = `${name} "${raw}" is not a number`;
      else if (value <= 0) reason = `${name} ${raw} is not above zero`;
      else prices[p] = value;
    }
    if (reason === null) reason = ohlcProblem(prices, cells, columns);
    if (reason !== null) {
      reject(reason);
      continue;
    }

    open[count] = prices[0] ?? Number.NaN;
    high[count] = prices[1] ?? Number.NaN;
    low[count] = prices[2] ?? Number.NaN;
    close[count] = prices[3] ?? Number.NaN;
    dates.push(timeText === '' ? dateText : `${dateText} ${timeText}`);
    count++;
  }

  if (hasHeader && !seenDataRow) {
    return emptyImport(delimiter, true, 'The header is not followed by any bars.');
  }

  const series: BarSeries = {
    dates,
    open: open.slice(0, count),
    high: high.slice(0, count),
    low: low.slice(0, count),
    close: close.slice(0, count),
  };
  const reversed = isNewestFirst(dates);
  if (reversed) {
    dates.reverse();
    series.open.reverse();
    series.high.reverse();
    series.low.reverse();
    series.close.reverse();
  }
  return { series, errors, delimiter, hasHeader, reversed, problem: null };
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

/**
 * Maps a papaparse row index to its 1-based line number. Without quotes every row is one line. With quotes
 * a field may hold line breaks, so lines are counted row by row.
 */
function lineNumbersOfRows(
  rows: readonly (readonly string[])[],
  hasQuotes: boolean,
  linebreak: string,
): (row: number) => number {
  if (!hasQuotes) return (row) => row + 1;
  const breakChar = linebreak === '\r' ? '\r' : '\n';
  const lines = new Int32Array(rows.length);
  let line = 1;
  for (let r = 0; r < rows.length; r++) {
    lines[r] = line;
    line += 1;
    for (const cell of rows[r] ?? []) {
      for (let at = cell.indexOf(breakChar); at !== -1; at = cell.indexOf(breakChar, at + 1)) line++;
    }
  }
  return (row) => lines[row] ?? row + 1;
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
 * close when the second column holds clock times. The column count is the most common one, so that one
 * malformed first row does not condemn the rest. Null when the rows do not look like bars at all.
 */
function positionalLayout(
  rows: readonly (readonly string[])[],
  firstRow: number,
  delimiter: CsvDelimiter,
): ColumnLayout | null {
  const widths = new Map<number, number>();
  for (let r = firstRow; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    if (cells.length === 1 && (cells[0] ?? '').trim() === '') continue;
    widths.set(cells.length, (widths.get(cells.length) ?? 0) + 1);
  }
  let columnCount = 0;
  let mostRows = 0;
  for (const [width, rowCount] of widths) {
    if (rowCount > mostRows) {
      columnCount = width;
      mostRows = rowCount;
    }
  }
  let sample: readonly string[] = [];
  for (let r = firstRow; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    if (cells.length === columnCount) {
      sample = cells;
      break;
    }
  }
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

/**
 * A trimmed price text as a number, NaN when it is not one. Accepts `2003.5`, `1e3`, thousands commas
 * `2,003.50`, `2.003,50`, and with `decimalComma` (semicolon and tab files) `2003,5`. Rejects empty text,
 * hex/octal/binary literals, `Infinity`.
 */
function parsePriceText(trimmed: string, decimalComma: boolean): number {
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

/**
 * The first OHLC inconsistency of a bar whose four prices are numbers > 0, or null. Messages quote the
 * prices as written in the row.
 */
function ohlcProblem(
  prices: Float64Array,
  cells: readonly string[],
  columns: readonly [number, number, number, number],
): string | null {
  const [o, h, l, c] = prices;
  if (o === undefined || h === undefined || l === undefined || c === undefined) return null;
  const text = (p: number): string => (cells[columns[p] ?? 0] ?? '').trim();
  if (h < l) return `high ${text(1)} is below low ${text(2)}`;
  if (h < o || h < c) {
    return o > c ? `high ${text(1)} is below open ${text(0)}` : `high ${text(1)} is below close ${text(3)}`;
  }
  if (l > o || l > c) {
    return o < c ? `low ${text(2)} is above open ${text(0)}` : `low ${text(2)} is above close ${text(3)}`;
  }
  return null;
}

const YEAR_FIRST =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:[T ]+(\d{2}):?(\d{2})(?::?(\d{2}))?)?$/;
const YEAR_LAST =
  /^(\d{1,2})([-/.])(\d{1,2})[-/.](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp][Mm])?)?$/;

/**
 * A number that orders the date texts of one file (YYYYMMDDhhmmss), or NaN when the text is not a
 * recognisable date: `YYYY-MM-DD`, `YYYY/M/D`, `YYYY.MM.DD`, `YYYYMMDD`, each with an optional time
 * (`hh:mm[:ss[.fff]]`, or `hhmmss` after `YYYYMMDD`), `MM/DD/YYYY [hh:mm[:ss]] [AM|PM]` (`DD/MM/YYYY`
 * when `dayFirst`), `DD.MM.YYYY` and `DD-MM-YYYY`. Time-zone suffixes are ignored: one file uses one zone.
 */
function dateSortKey(text: string, dayFirst: boolean): number {
  let year: number;
  let month: number;
  let day: number;
  let hour = 0;
  let minute = 0;
  let second = 0;
  const m = YEAR_FIRST.exec(text) ?? COMPACT.exec(text);
  if (m !== null) {
    year = Number(m[1]);
    month = Number(m[2]);
    day = Number(m[3]);
    hour = Number(m[4] ?? 0);
    minute = Number(m[5] ?? 0);
    second = Number(m[6] ?? 0);
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
    const meridiem = y[8]?.toLowerCase();
    if (meridiem !== undefined) {
      if (hour < 1 || hour > 12) return Number.NaN;
      hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
    }
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
    return Number.NaN;
  }
  return ((((year * 100 + month) * 100 + day) * 100 + hour) * 100 + minute) * 100 + second;
}

/**
 * True when every date is recognisable, the dates never go forward in time and the first is later than
 * the last. Slash dates are read month-first (MM/DD/YYYY); if some cannot be, day-first is tried.
 */
function isNewestFirst(dates: readonly string[]): boolean {
  if (dates.length < 2) return false;
  for (const dayFirst of [false, true]) {
    let previous = Number.POSITIVE_INFINITY;
    let allRecognised = true;
    let neverForward = true;
    for (const date of dates) {
      const key = dateSortKey(date, dayFirst);
      if (Number.isNaN(key)) {
        allRecognised = false;
        break;
      }
      if (key > previous) neverForward = false;
      previous = key;
    }
    if (allRecognised) {
      return neverForward && dateSortKey(dates[0] ?? '', dayFirst) > previous;
    }
  }
  return false;
}
