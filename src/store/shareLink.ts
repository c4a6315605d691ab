/**
 * Share links: the trader's inputs and book in the URL fragment. A fragment never leaves the browser, so
 * sharing makes no request. Bars are not in links (too large).
 *
 * Forms (all are read; the first is written):
 * - `#z=<payload>`: base64url (no padding) of deflate-raw (CompressionStream) of the compact JSON
 *   `{"v":1,"i":{…},"b":[[symbol, side, quantity, entry, stop?], …]}`: `v` the save version (so that
 *   persistence.ts's migrations apply to links too), `i` only the inputs that differ from DEFAULT_INPUTS,
 *   `b` the book rows without their ids (p1…pn again when opened) and without an empty stop; `i` and `b`
 *   are left out when empty. The defaults plus one sized trade make a fragment of about 60 characters.
 *   The trade log travels as `l` (rows `[time, symbol, side, quantity, entry, exit]`, ids t1…tn again when
 *   opened) and `o` (override times, epoch ms), each left out when empty.
 *   The trader's calendar events travel as `e` (rows `[date, title, importance, note?]`, ids e1…en again
 *   when opened), left out when there are none; a link holding more than 500 of them is refused.
 *   The trader's custom contracts travel as `c` (rows `[symbol, name, point value, tick, pairs with, ratio,
 *   initial, maintenance, day-trade, commission]` without trailing empty fields, ids c1…cn again when
 *   opened), left out when there are none; a link holding more than MAX_CUSTOM_PRODUCTS (50) is refused.
 *   The Portfolio section's rows travel as `a` (`[symbol, side, price, stopMode, stopPoints, atrMultiple,
 *   atr, usualAtr]`, trailing empty texts left out, ids a1…an again when opened) and its typed
 *   correlations as `r` (`{"MES|MNQ": "0.8"}`), each left out when empty; more than 500 rows are refused.
 * - `#s=<payload>`: base64url of the whole save JSON `{ version, inputs, book }`, the links RiskDesk wrote
 *   before; they keep working for good.
 * - either one behind a section route: `#/spread?z=<payload>` opens the link on that section. A fragment
 *   starting with `#/` that has no `z=` or `s=` parameter is a route, never a link.
 *
 * A link is read as a save is (persistence.ts `readSave`: versions, "1" read as 1, migrations, unknown keys
 * listed, `__proto__` and `constructor` included, duplicate row ids renumbered) and is refused whole, with
 * nothing applied, when the fragment is longer than 64 KB, holds more than 500 book rows (or 500 log rows), or unpacks to more
 * than 1 MB (a short link must not inflate into megabytes).
 */
import {
  CUSTOM_PRODUCT_FIELDS,
  DEFAULT_INPUTS,
  isInputKey,
  PORTFOLIO_ROW_FIELDS,
  type BookRow,
  type PortfolioRowText,
  type TradeLogRow,
  type UserEventText,
} from '../core';
import {
  MAX_CUSTOM_PRODUCTS,
  readSave,
  SAVE_VERSION,
  snapshotJson,
  versionOf,
  type Snapshot,
} from './persistence';

/** The longest fragment opened, in characters (base64url is ASCII: characters are bytes). */
export const MAX_SHARE_BYTES = 64 * 1024;
export const MAX_SHARE_ROWS = 500;
/** The most a compressed link may unpack to, in bytes of JSON. */
export const MAX_SHARE_JSON_BYTES = 1024 * 1024;

/** `z`: compressed, only what differs from the defaults; `s`: the whole save JSON (older links). */
export type ShareFormat = 'z' | 's';

/** Where a fragment holds its link. */
export interface ShareFragment {
  /** The section route the link opens on (`#/spread`); '' for none. */
  readonly route: string;
  readonly format: ShareFormat;
  /** The base64url text after `z=` or `s=`. */
  readonly payload: string;
}

/** A link's snapshot with the keys it held that RiskDesk does not know, or why nothing of it is applied. */
export type SharedLink =
  { readonly snapshot: Snapshot; readonly unknownKeys: readonly string[] } | { readonly error: string };

const ROUTE_PREFIX = '#/';
const NOTHING_APPLIED = 'nothing was applied, and your own inputs are shown.';
const DAMAGED = 'This share link is damaged or from a newer RiskDesk: your own inputs are shown instead.';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The section route of a fragment: `#/spread` and `#/spread?z=…` → `#/spread`; '' when it has none. */
export function routeOfFragment(fragment: string): string {
  if (!fragment.startsWith(ROUTE_PREFIX)) return '';
  const query = fragment.indexOf('?');
  return query === -1 ? fragment : fragment.slice(0, query);
}

function linkParam(param: string): { format: ShareFormat; payload: string } | null {
  if (param.startsWith('z=')) return { format: 'z', payload: param.slice(2) };
  if (param.startsWith('s=')) return { format: 's', payload: param.slice(2) };
  return null;
}

/** The route, format and payload of a fragment's share link; null when the fragment holds none. */
export function parseShareFragment(fragment: string): ShareFragment | null {
  if (!fragment.startsWith('#')) return null;
  if (!fragment.startsWith(ROUTE_PREFIX)) {
    const link = linkParam(fragment.slice(1));
    return link === null ? null : { route: '', ...link };
  }
  const query = fragment.indexOf('?');
  if (query === -1) return null;
  for (const param of fragment.slice(query + 1).split('&')) {
    const link = linkParam(param);
    if (link !== null) return { route: fragment.slice(0, query), ...link };
  }
  return null;
}

function bytesToBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of base64url (or base64) text, padding optional; throws on any other character. */
function base64UrlToBytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The compact JSON of a `#z=` link: only inputs that differ from the defaults, rows as arrays without ids. */
function compactJson({
  inputs,
  book,
  log,
  userEvents = [],
  customProducts = [],
  portfolio,
}: Snapshot): string {
  const changed = Object.entries(inputs).filter(
    ([key, text]) => !isInputKey(key) || DEFAULT_INPUTS[key] !== text,
  );
  const compact: Record<string, unknown> = { v: SAVE_VERSION };
  if (changed.length > 0) compact.i = Object.fromEntries(changed);
  if (book.length > 0) {
    compact.b = book.map(({ symbol, side, quantity, entry, stop }) =>
      stop === '' ? [symbol, side, quantity, entry] : [symbol, side, quantity, entry, stop],
    );
  }
  if (log !== undefined && log.rows.length > 0) {
    compact.l = log.rows.map(({ time, symbol, side, quantity, entry, exit }) => [
      time,
      symbol,
      side,
      quantity,
      entry,
      exit,
    ]);
  }
  if (log !== undefined && log.overridesMs.length > 0) compact.o = log.overridesMs;
  if (userEvents.length > 0) {
    compact.e = userEvents.map(({ date, title, importance, note }) =>
      note === undefined || note === '' ? [date, title, importance] : [date, title, importance, note],
    );
  }
  if (customProducts.length > 0) {
    compact.c = customProducts.map((row) => {
      const texts = CUSTOM_PRODUCT_FIELDS.map((field) => row[field]);
      while (texts.length > 1 && texts.at(-1) === '') texts.pop();
      return texts;
    });
  }
  if (portfolio !== undefined && portfolio.rows.length > 0) {
    compact.a = portfolio.rows.map((row) => {
      const texts = PORTFOLIO_ROW_FIELDS.map((field) => row[field]);
      while (texts.length > 1 && texts.at(-1) === '') texts.pop();
      return texts;
    });
  }
  if (portfolio !== undefined && Object.keys(portfolio.correlations).length > 0) {
    compact.r = portfolio.correlations;
  }
  return JSON.stringify(compact);
}

async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The inflated bytes, or null as soon as they pass `maxBytes` (reading stops there). Rejects on bad data. */
async function inflateRaw(
  bytes: Uint8Array<ArrayBuffer>,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return joined;
}

/**
 * The URL fragment that opens this snapshot: `#z=…`, or `#/spread?z=…` when `fragment` (the page's
 * `location.hash`) shows a section route. Where the browser has no CompressionStream, the longer `#s=` form.
 */
export async function encodeShareLink(snapshot: Snapshot, fragment = ''): Promise<string> {
  const route = routeOfFragment(fragment);
  const start = route === '' ? '#' : `${route}?`;
  if (typeof CompressionStream === 'undefined') {
    return `${start}s=${bytesToBase64Url(new TextEncoder().encode(snapshotJson(snapshot)))}`;
  }
  const compressed = await deflateRaw(new TextEncoder().encode(compactJson(snapshot)));
  return `${start}z=${bytesToBase64Url(compressed)}`;
}

/** A `#z=` link's compact JSON as a save (`{ version, inputs, book }`) for readSave; null when it is none. */
function saveOfCompact(compact: Record<string, unknown>): Record<string, unknown> | null {
  // Links never had version 0 (the unversioned save): a link without a version of at least 1 is damaged.
  const version = versionOf({ version: compact.v });
  if (version === null || version < 1) return null;
  const save: Record<string, unknown> = { version: compact.v, inputs: compact.i ?? {} };
  if (compact.b !== undefined) {
    save.book = Array.isArray(compact.b) ? compact.b.map(rowOfCompact) : compact.b;
  }
  if (compact.l !== undefined || compact.o !== undefined) {
    save.log = {
      rows: Array.isArray(compact.l) ? compact.l.map(logRowOfCompact) : (compact.l ?? []),
      overridesMs: compact.o ?? [],
    };
  }
  if (compact.e !== undefined) {
    save.events = Array.isArray(compact.e) ? compact.e.map(eventOfCompact) : compact.e;
  }
  if (compact.c !== undefined) {
    save.customProducts = Array.isArray(compact.c) ? compact.c.map(customProductOfCompact) : compact.c;
  }
  if (compact.a !== undefined || compact.r !== undefined) {
    save.portfolio = {
      rows: Array.isArray(compact.a) ? compact.a.map(portfolioRowOfCompact) : (compact.a ?? []),
      correlations: compact.r ?? {},
    };
  }
  return save;
}

/** A row `[symbol, side, quantity, entry, stop?]` as a book row with id p<n>; anything else as it is (left out by readSave). */
function rowOfCompact(value: unknown, index: number): unknown {
  if (!Array.isArray(value) || value.length < 4 || value.length > 5) return value;
  const texts = value.filter((text): text is string => typeof text === 'string');
  if (texts.length !== value.length) return value;
  const [symbol = '', side = '', quantity = '', entry = '', stop = ''] = texts;
  const row: BookRow = { id: `p${index + 1}`, symbol, side, quantity, entry, stop };
  return row;
}

/** A log row `[time, symbol, side, quantity, entry, exit]` as a row with id t<n>; anything else as it is. */
function logRowOfCompact(value: unknown, index: number): unknown {
  if (!Array.isArray(value) || value.length !== 6) return value;
  const texts = value.filter((text): text is string => typeof text === 'string');
  if (texts.length !== value.length) return value;
  const [time = '', symbol = '', side = '', quantity = '', entry = '', exit = ''] = texts;
  const row: TradeLogRow = { id: `t${index + 1}`, time, symbol, side, quantity, entry, exit };
  return row;
}

function tooManyRows(rows: number, what = 'book rows'): Refused {
  return {
    refused: `This share link holds ${rows} ${what}, more than the ${MAX_SHARE_ROWS} RiskDesk opens: ${NOTHING_APPLIED}`,
  };
}

/** An event `[date, title, importance, note?]` as an event row with id e<n>; anything else as it is. */
function eventOfCompact(value: unknown, index: number): unknown {
  if (!Array.isArray(value) || value.length < 3 || value.length > 4) return value;
  const texts = value.filter((text): text is string => typeof text === 'string');
  if (texts.length !== value.length) return value;
  const [date = '', title = '', importance = '', note] = texts;
  const row: UserEventText =
    note === undefined
      ? { id: `e${index + 1}`, date, title, importance }
      : { id: `e${index + 1}`, date, title, importance, note };
  return row;
}

/**
 * A custom contract `[symbol, name, point value, …]` (1 to 10 texts, missing ones empty) as a row with id
 * c<n>; anything else as it is (left out by readSave).
 */
function customProductOfCompact(value: unknown, index: number): unknown {
  if (!Array.isArray(value) || value.length < 1 || value.length > CUSTOM_PRODUCT_FIELDS.length) return value;
  const texts = value.filter((text): text is string => typeof text === 'string');
  if (texts.length !== value.length) return value;
  const row: Record<string, string> = { id: `c${index + 1}` };
  CUSTOM_PRODUCT_FIELDS.forEach((field, i) => {
    row[field] = texts[i] ?? '';
  });
  return row;
}

/** A portfolio row (its texts in PORTFOLIO_ROW_FIELDS order, trailing empties left out) with id a<n>; anything else as it is. */
function portfolioRowOfCompact(value: unknown, index: number): unknown {
  if (!Array.isArray(value) || value.length < 1 || value.length > PORTFOLIO_ROW_FIELDS.length) return value;
  const texts = value.filter((text): text is string => typeof text === 'string');
  if (texts.length !== value.length) return value;
  const field = (i: number) => texts[i] ?? '';
  const row: PortfolioRowText = {
    id: `a${index + 1}`,
    symbol: field(0),
    side: field(1),
    price: field(2),
    stopMode: field(3),
    stopPoints: field(4),
    atrMultiple: field(5),
    atr: field(6),
    usualAtr: field(7),
  };
  return row;
}

function tooManyCustomProducts(rows: number): Refused {
  return {
    refused: `This share link holds ${rows} custom contracts, more than the ${MAX_CUSTOM_PRODUCTS} RiskDesk opens: ${NOTHING_APPLIED}`,
  };
}

function tooManyEvents(rows: number): Refused {
  return {
    refused: `This share link holds ${rows} calendar events, more than the ${MAX_SHARE_ROWS} RiskDesk opens: ${NOTHING_APPLIED}`,
  };
}

/** Why a link is refused before its contents are read. */
interface Refused {
  readonly refused: string;
}

/** The save JSON a link carries, unpacked (any value: readSave judges it); or why it is refused. Throws on bad data. */
async function saveOfLink({ format, payload }: ShareFragment): Promise<{ readonly save: unknown } | Refused> {
  const bytes = base64UrlToBytes(payload);
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  if (format === 's') {
    const save = JSON.parse(utf8.decode(bytes)) as unknown;
    if (isRecord(save) && Array.isArray(save.book) && save.book.length > MAX_SHARE_ROWS) {
      return tooManyRows(save.book.length);
    }
    const logRows = isRecord(save) && isRecord(save.log) ? save.log.rows : undefined;
    if (Array.isArray(logRows) && logRows.length > MAX_SHARE_ROWS) {
      return tooManyRows(logRows.length, 'trade log rows');
    }
    if (isRecord(save) && Array.isArray(save.events) && save.events.length > MAX_SHARE_ROWS) {
      return tooManyEvents(save.events.length);
    }
    if (
      isRecord(save) &&
      Array.isArray(save.customProducts) &&
      save.customProducts.length > MAX_CUSTOM_PRODUCTS
    ) {
      return tooManyCustomProducts(save.customProducts.length);
    }
    return { save };
  }
  if (typeof DecompressionStream === 'undefined') {
    return { refused: `This browser cannot unpack compressed share links: ${NOTHING_APPLIED}` };
  }
  const json = await inflateRaw(bytes, MAX_SHARE_JSON_BYTES);
  if (json === null) {
    return {
      refused: `This share link unpacks to more than ${MAX_SHARE_JSON_BYTES / 1024 / 1024} MB, more than RiskDesk opens: ${NOTHING_APPLIED}`,
    };
  }
  const compact = JSON.parse(utf8.decode(json)) as unknown;
  if (!isRecord(compact)) return { save: null };
  if (Array.isArray(compact.b) && compact.b.length > MAX_SHARE_ROWS) return tooManyRows(compact.b.length);
  if (Array.isArray(compact.l) && compact.l.length > MAX_SHARE_ROWS)
    return tooManyRows(compact.l.length, 'trade log rows');
  if (Array.isArray(compact.e) && compact.e.length > MAX_SHARE_ROWS) return tooManyEvents(compact.e.length);
  if (Array.isArray(compact.c) && compact.c.length > MAX_CUSTOM_PRODUCTS) {
    return tooManyCustomProducts(compact.c.length);
  }
  if (Array.isArray(compact.a) && compact.a.length > MAX_SHARE_ROWS)
    return tooManyRows(compact.a.length, 'portfolio assets');
  return { save: saveOfCompact(compact) };
}

/**
 * The snapshot a fragment's share link opens (either form, with or without a route); null when the
 * fragment is not a share link; an error text when nothing of it may be applied. Never rejects: a link
 * is decoded and checked whole before anything is returned, so a caller never sees half a link.
 */
export async function decodeShareLink(fragment: string): Promise<SharedLink | null> {
  const link = parseShareFragment(fragment);
  if (link === null) return null;
  if (fragment.length > MAX_SHARE_BYTES) {
    return {
      error: `This share link is longer than ${MAX_SHARE_BYTES / 1024} KB, more than RiskDesk opens: ${NOTHING_APPLIED}`,
    };
  }
  let unpacked: Awaited<ReturnType<typeof saveOfLink>>;
  try {
    unpacked = await saveOfLink(link);
  } catch {
    return { error: DAMAGED };
  }
  if ('refused' in unpacked) return { error: unpacked.refused };
  const read = readSave(unpacked.save);
  if (read.kind !== 'ok') return { error: DAMAGED };
  return { snapshot: read.snapshot, unknownKeys: [...read.unknown.keys()] };
}
