/**
 * Saved state, set-aside copies and share links.
 *
 * Saved state lives in localStorage under `riskdesk`, versioned:
 * `{ version, inputs, book, log?, events?, customProducts?, portfolio? }` (`log`: the Plan's trade log
 * `{ rows, overridesMs }`; `events`: the trader's calendar events; `customProducts`: the trader's custom
 * contracts, at most MAX_CUSTOM_PRODUCTS, rows beyond that set aside; `portfolio`: the Portfolio section's
 * `{ rows, correlations }`; each written
 * only when it holds something; a save without one reads as empty, and their rows are read as the book's:
 * unreadable ones set aside). Reading never
 * throws and never loses what the trader typed:
 * - a save that cannot be read (damaged) or that a newer RiskDesk wrote is copied aside and left untouched
 *   under `riskdesk` until the trader chooses (download it, or start fresh): saving is paused meanwhile;
 * - entries RiskDesk does not know (unknown keys, `__proto__` included; a choice outside its options such as
 *   a side of "sideways"; a book row it cannot read) are copied aside and the rest is used;
 * - an older version is migrated; a version written as a string ("1") is read as the number.
 * Set-aside copies live under `riskdesk:set-aside:<kind>:<stamp>`; the newest 5 of each kind are kept.
 * Imported bars are saved apart (`riskdesk:bars`, compressed: barsStorage.ts) because they can be megabytes.
 *
 * Share links (shareLink.ts) are read with the same rules (`readSave`): a link is a save that travels in the URL.
 */
import {
  BOOK_FIELDS,
  CUSTOM_PRODUCT_FIELDS,
  DEFAULT_INPUTS,
  isInputKey,
  isValidInputText,
  LOG_FIELDS,
  PORTFOLIO_ROW_FIELDS,
  type BookRow,
  type CustomProductRow,
  type PortfolioRowText,
  type TypedCorrelations,
  type InputKey,
  type Inputs,
  type TradeLogRow,
  type UserEventText,
} from '../core';

export const SAVE_KEY = 'riskdesk';
export const BARS_KEY = 'riskdesk:bars';
/** Each portfolio asset's imported bars are stored apart, under this prefix and the asset's symbol. */
export const PORTFOLIO_BARS_PREFIX = 'riskdesk:portfolio-bars:';
const SET_ASIDE_PREFIX = `${SAVE_KEY}:set-aside:`;
/** The version of the saved JSON (and of share links' contents): raised, with a migration, when inputs are renamed. */
export const SAVE_VERSION = 1;
/** The most custom contracts a trader keeps (and a share link may hold). */
export const MAX_CUSTOM_PRODUCTS = 50;
/** Set-aside copies kept per kind. */
export const COPIES_PER_KIND = 5;

export interface NoticeAction {
  readonly label: string;
  /** Runs the action; true when the notice has served its purpose and can go. */
  readonly run: () => boolean;
}

export interface Notice {
  readonly id: string;
  readonly text: string;
  /** Buttons offered with the notice (e.g. restoring inputs a share link replaced). */
  readonly actions?: readonly NoticeAction[];
}

/** Today's trade log (Plan section): its rows as typed, and when the trader overrode a pause. */
export interface SavedLog {
  readonly rows: readonly TradeLogRow[];
  /** Epoch ms of each override of a circuit-breaker pause, oldest first. */
  readonly overridesMs: readonly number[];
}

/** A log with no rows and no override. */
export const EMPTY_LOG: SavedLog = { rows: [], overridesMs: [] };

/** True when a log holds nothing to keep. */
export function isEmptyLog(log: SavedLog | undefined): boolean {
  return log === undefined || (log.rows.length === 0 && log.overridesMs.length === 0);
}

/** The Portfolio section's asset rows and typed correlations (by pair key), as typed. */
export interface SavedPortfolio {
  readonly rows: readonly PortfolioRowText[];
  readonly correlations: TypedCorrelations;
}

/** A portfolio with no rows and no typed correlation. */
export const EMPTY_PORTFOLIO: SavedPortfolio = { rows: [], correlations: {} };

/** True when a portfolio holds nothing to keep. */
export function isEmptyPortfolio(portfolio: SavedPortfolio | undefined): boolean {
  return (
    portfolio === undefined ||
    (portfolio.rows.length === 0 && Object.keys(portfolio.correlations).length === 0)
  );
}

/** Everything the user typed, apart from bars. */
export interface Snapshot {
  readonly inputs: Inputs;
  readonly book: readonly BookRow[];
  /** The trade log; absent (saves and links from before the Plan section) means empty. */
  readonly log?: SavedLog;
  /** The trader's calendar events; absent (saves and links from before the Calendar section) means none. */
  readonly userEvents?: readonly UserEventText[];
  /** The trader's custom contracts; absent (saves and links from before them) means none. */
  readonly customProducts?: readonly CustomProductRow[];
  /** The Portfolio section's rows and correlations; absent (saves and links from before it) means none. */
  readonly portfolio?: SavedPortfolio;
}

export interface SavedBars {
  readonly text: string;
  readonly sourceName: string;
}

/** Why a copy was set aside. */
export const COPY_KINDS = ['before-link', 'damaged', 'newer', 'unknown-fields'] as const;
export type CopyKind = (typeof COPY_KINDS)[number];

/** A set-aside copy, as the `Saved copies` list shows it. */
export interface SavedCopy {
  readonly key: string;
  readonly kind: CopyKind;
  readonly stamp: string;
  readonly bytes: number;
  /** True when it holds inputs RiskDesk can restore. */
  readonly restorable: boolean;
}

/** The saved state as read at start-up. */
export interface LoadedState extends Snapshot {
  /** The stored bars as stored (see barsStorage.ts), decoded by the caller; null when none. */
  readonly barsRaw: string | null;
  /** `read`: saved state used (or none saved); `unreadable`: a save that must not be overwritten; `off`: storage fails. */
  readonly status: 'read' | 'unreadable' | 'off';
  /** The text of an unreadable save, to download. */
  readonly unreadableText: string | null;
  readonly notices: readonly Notice[];
}

/** The storage RiskDesk uses (localStorage in the app; memory when the browser refuses it). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Storage kept in memory: used when the browser refuses localStorage (private modes, disabled storage). */
export function memoryStorage(initial: Readonly<Record<string, string>> = {}): KeyValueStorage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
}

/**
 * The browser's localStorage if it can be used, else memory storage and a notice saying so. Reading is the
 * probe: a full storage refuses writes yet still holds the trader's save, so it must not count as unusable.
 */
export function browserStorage(open: () => Storage): { storage: KeyValueStorage; notice: Notice | null } {
  try {
    const storage = open();
    storage.getItem(SAVE_KEY);
    return { storage, notice: null };
  } catch {
    return {
      storage: memoryStorage(),
      notice: {
        id: 'storage-off',
        text: 'This browser does not let RiskDesk save anything: saving is off, and your inputs will not survive a reload.',
      },
    };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A row from saved JSON: a string id and each of `fields` a string, nothing else kept. A field the save left
 * out reads as `missing(field)` when that gives a text (an optional field), else the row is refused (null).
 */
function textRow<F extends string>(
  value: unknown,
  fields: readonly F[],
  missing: (field: F) => string | undefined = () => undefined,
): ({ id: string } & Record<F, string>) | null {
  if (!isRecord(value) || typeof value.id !== 'string') return null;
  const texts: Record<string, string> = { id: value.id };
  for (const field of fields) {
    const text = value[field] ?? missing(field);
    if (typeof text !== 'string') return null;
    texts[field] = text;
  }
  return texts as { id: string } & Record<F, string>;
}

/** A book row from saved JSON: every field a string; a missing stop (saves before stops existed) is empty. */
function toBookRow(value: unknown): BookRow | null {
  return textRow(value, BOOK_FIELDS, (field) => (field === 'stop' ? '' : undefined));
}

/** A trade log row from saved JSON: an id and every field a string; null for anything else. */
function toLogRow(value: unknown): TradeLogRow | null {
  return textRow(value, LOG_FIELDS);
}

/**
 * The trade log of a save (`{ rows, overridesMs }`), with what could not be used put in `unknown`
 * (`log` when it is no record, `logRows` for rows it cannot read, `logOverrides` for times that are no
 * finite number). Null when the save has no log.
 */
function readLog(value: unknown, unknown: Map<string, unknown>): SavedLog | null {
  if (value === undefined) return null;
  if (!isRecord(value)) {
    unknown.set('log', value);
    return null;
  }
  const rows: TradeLogRow[] = [];
  const badRows: unknown[] = [];
  if (value.rows !== undefined && !Array.isArray(value.rows)) badRows.push(value.rows);
  for (const item of Array.isArray(value.rows) ? (value.rows as unknown[]) : []) {
    const row = toLogRow(item);
    if (row === null) badRows.push(item);
    else rows.push(row);
  }
  if (badRows.length > 0) unknown.set('logRows', badRows);
  const times: unknown[] = Array.isArray(value.overridesMs) ? value.overridesMs : [];
  const overridesMs = times.filter((t): t is number => typeof t === 'number' && Number.isFinite(t));
  const badTimes = times.filter((t) => !(typeof t === 'number' && Number.isFinite(t)));
  if (value.overridesMs !== undefined && !Array.isArray(value.overridesMs)) badTimes.push(value.overridesMs);
  if (badTimes.length > 0) unknown.set('logOverrides', badTimes);
  return { rows: uniqueIds(rows, 't'), overridesMs };
}

/** The version of a save: a number, or a number written as a string ("1"); 0 when absent; null when not a version. */
export function versionOf(save: Record<string, unknown>): number | null {
  const { version } = save;
  if (version === undefined) return 0;
  const number = typeof version === 'string' && /^\d+$/.test(version.trim()) ? Number(version) : version;
  return typeof number === 'number' && Number.isInteger(number) && number >= 0 ? number : null;
}

/** Migrations from each older version to the next. Version 0 (no version field) kept the inputs at the top level. */
const MIGRATIONS: Readonly<Record<number, (save: Record<string, unknown>) => Record<string, unknown>>> = {
  0: (save) => ({ version: 1, inputs: save }),
};

/** A save (or a share link's contents) as read: a snapshot and what could not be used, or why it cannot be read. */
export type ReadSave =
  | { readonly kind: 'ok'; readonly snapshot: Snapshot; readonly unknown: ReadonlyMap<string, unknown> }
  | { readonly kind: 'damaged' | 'newer' };

/**
 * Renumbers rows whose id repeats an earlier row's ("p1", "p1" → "p1", "p2"), keeping the first; new ids
 * are `prefix` and a number ("p" for the book, "t" for the trade log).
 */
function uniqueIds<R extends { readonly id: string }>(rows: readonly R[], prefix = 'p'): R[] {
  const seen = new Set<string>();
  const numbered = new RegExp(`^${prefix}(\\d+)$`);
  let next = rows.reduce((max, row) => Math.max(max, Number(numbered.exec(row.id)?.[1] ?? 0)), 0) + 1;
  return rows.map((row) => {
    if (!seen.has(row.id)) {
      seen.add(row.id);
      return row;
    }
    let id = `${prefix}${next++}`;
    while (seen.has(id)) id = `${prefix}${next++}`;
    seen.add(id);
    return { ...row, id };
  });
}

/**
 * A snapshot from parsed JSON (`{ version, inputs, book }`), with whatever could not be used; or why it cannot
 * be read at all. Older versions are migrated; duplicate row ids renumbered; unknown keys listed.
 */
export function readSave(parsed: unknown): ReadSave {
  if (!isRecord(parsed)) return { kind: 'damaged' };
  let save = parsed;
  let version = versionOf(save);
  if (version === null) return { kind: 'damaged' };
  if (version > SAVE_VERSION) return { kind: 'newer' };
  while (version < SAVE_VERSION) {
    const step = MIGRATIONS[version];
    if (step === undefined) return { kind: 'damaged' };
    save = step(save);
    version = versionOf(save) ?? SAVE_VERSION + 1;
  }
  if (!isRecord(save.inputs)) return { kind: 'damaged' };
  const inputs: Record<InputKey, string> = { ...DEFAULT_INPUTS };
  // A Map, not an object: a key such as "__proto__" must be listed, not turned into a prototype.
  const unknown = new Map<string, unknown>();
  for (const [key, value] of Object.entries(save.inputs)) {
    if (isInputKey(key) && typeof value === 'string' && isValidInputText(key, value)) inputs[key] = value;
    else unknown.set(key, value);
  }
  if (save.book !== undefined && !Array.isArray(save.book)) unknown.set('book', save.book);
  const rows: unknown[] = Array.isArray(save.book) ? save.book : [];
  const book: BookRow[] = [];
  const badRows: unknown[] = [];
  for (const value of rows) {
    const row = toBookRow(value);
    if (row === null) badRows.push(value);
    else book.push(row);
  }
  if (badRows.length > 0) unknown.set('bookRows', badRows);
  const log = readLog(save.log, unknown);
  const userEvents = readUserEvents(save.events, unknown);
  const customProducts = readCustomProducts(save.customProducts, unknown);
  const portfolio = readPortfolio(save.portfolio, unknown);
  const snapshot: Snapshot = {
    inputs,
    book: uniqueIds(book),
    ...(log === null || isEmptyLog(log) ? {} : { log }),
    ...(userEvents.length === 0 ? {} : { userEvents }),
    ...(customProducts.length === 0 ? {} : { customProducts }),
    ...(isEmptyPortfolio(portfolio) ? {} : { portfolio }),
  };
  return { kind: 'ok', snapshot, unknown };
}

/**
 * A calendar event row from saved JSON: an id, date, title and importance that are strings (a note too,
 * when present); null for anything else.
 */
function toUserEventRow(value: unknown): UserEventText | null {
  if (!isRecord(value) || typeof value.id !== 'string') return null;
  const { id, date, title, importance, note } = value;
  if (typeof date !== 'string' || typeof title !== 'string' || typeof importance !== 'string') return null;
  if (note !== undefined && typeof note !== 'string') return null;
  return note === undefined || note === ''
    ? { id, date, title, importance }
    : { id, date, title, importance, note };
}

/**
 * The calendar events of a save (`events`: an array of rows), ids made unique (e1, e2 …); what cannot be
 * used goes into `unknown`: `events` when it is no array, `eventRows` for rows it cannot read.
 */
function readUserEvents(value: unknown, unknown: Map<string, unknown>): UserEventText[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    unknown.set('events', value);
    return [];
  }
  const rows: UserEventText[] = [];
  const bad: unknown[] = [];
  for (const item of value as unknown[]) {
    const row = toUserEventRow(item);
    if (row === null) bad.push(item);
    else rows.push(row);
  }
  if (bad.length > 0) unknown.set('eventRows', bad);
  return uniqueIds(rows, 'e');
}

/**
 * A custom contract row from saved JSON: an id and each field a string; a field left out reads as empty
 * (a definition's optional fields); null for anything else.
 */
function toCustomProductRow(value: unknown): CustomProductRow | null {
  return textRow(value, CUSTOM_PRODUCT_FIELDS, () => '');
}

/**
 * The custom contracts of a save (`customProducts`: an array of rows), ids made unique (c1, c2 …), the
 * first MAX_CUSTOM_PRODUCTS kept; what cannot be used goes into `unknown`: `customProducts` when it is no
 * array, `customProductRows` for rows it cannot read and rows beyond the limit.
 */
function readCustomProducts(value: unknown, unknown: Map<string, unknown>): CustomProductRow[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    unknown.set('customProducts', value);
    return [];
  }
  const rows: CustomProductRow[] = [];
  const bad: unknown[] = [];
  for (const item of value as unknown[]) {
    const row = toCustomProductRow(item);
    if (row === null || rows.length >= MAX_CUSTOM_PRODUCTS) bad.push(item);
    else rows.push(row);
  }
  if (bad.length > 0) unknown.set('customProductRows', bad);
  return uniqueIds(rows, 'c');
}

/** A portfolio row from saved JSON: an id and every field a string; null for anything else. */
function toPortfolioRow(value: unknown): PortfolioRowText | null {
  return textRow(value, PORTFOLIO_ROW_FIELDS);
}

/**
 * The portfolio of a save (`{ rows, correlations }`), ids made unique (a1, a2 …); what cannot be used goes
 * into `unknown`: `portfolio` when it is no record, `portfolioRows` for rows it cannot read,
 * `portfolioCorrelations` for correlations that are not text.
 */
function readPortfolio(value: unknown, unknown: Map<string, unknown>): SavedPortfolio {
  if (value === undefined) return EMPTY_PORTFOLIO;
  if (!isRecord(value)) {
    unknown.set('portfolio', value);
    return EMPTY_PORTFOLIO;
  }
  const rows: PortfolioRowText[] = [];
  const badRows: unknown[] = [];
  if (value.rows !== undefined && !Array.isArray(value.rows)) badRows.push(value.rows);
  for (const item of Array.isArray(value.rows) ? (value.rows as unknown[]) : []) {
    const row = toPortfolioRow(item);
    if (row === null) badRows.push(item);
    else rows.push(row);
  }
  if (badRows.length > 0) unknown.set('portfolioRows', badRows);
  const correlations = new Map<string, string>();
  const badCorrelations = new Map<string, unknown>();
  if (value.correlations !== undefined && !isRecord(value.correlations)) {
    badCorrelations.set('correlations', value.correlations);
  }
  for (const [key, text] of Object.entries(isRecord(value.correlations) ? value.correlations : {})) {
    if (typeof text === 'string' && /^[^|]+\|[^|]+$/.test(key)) correlations.set(key, text);
    else badCorrelations.set(key, text);
  }
  if (badCorrelations.size > 0) unknown.set('portfolioCorrelations', Object.fromEntries(badCorrelations));
  return { rows: uniqueIds(rows, 'a'), correlations: Object.fromEntries(correlations) };
}

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The set-aside keys in storage with their kind and stamp, newest first (throws when storage does). */
function copyKeys(storage: KeyValueStorage): { key: string; kind: CopyKind; stamp: string }[] {
  const keys: { key: string; kind: CopyKind; stamp: string }[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(SET_ASIDE_PREFIX) !== true) continue;
    const rest = key.slice(SET_ASIDE_PREFIX.length);
    const kind = COPY_KINDS.find((k) => rest.startsWith(`${k}:`));
    if (kind !== undefined) keys.push({ key, kind, stamp: rest.slice(kind.length + 1) });
  }
  return keys.sort((a, b) => (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : 0));
}

/** Every set-aside copy in storage, newest first. Never throws (a failing storage lists none). */
export function listSavedCopies(storage: KeyValueStorage): SavedCopy[] {
  try {
    return copyKeys(storage).map(({ key, kind, stamp }) => {
      const text = storage.getItem(key) ?? '';
      return {
        key,
        kind,
        stamp,
        bytes: new TextEncoder().encode(text).length,
        restorable: kind !== 'unknown-fields' && readSave(parseJson(text)).kind === 'ok',
      };
    });
  } catch {
    return [];
  }
}

/**
 * Keeps `raw` under its own key and the newest copies of its kind (COPIES_PER_KIND). Returns the key, or
 * null when storage refuses (full): the caller then says so.
 */
export function setAside(
  storage: KeyValueStorage,
  kind: CopyKind,
  raw: string,
  stamp: string,
): string | null {
  try {
    let key = `${SET_ASIDE_PREFIX}${kind}:${stamp}`;
    for (let n = 2; storage.getItem(key) !== null; n++) key = `${SET_ASIDE_PREFIX}${kind}:${stamp}#${n}`;
    storage.setItem(key, raw);
    const sameKind = copyKeys(storage).filter((copy) => copy.kind === kind);
    for (const old of sameKind.slice(COPIES_PER_KIND)) storage.removeItem(old.key);
    return key;
  } catch {
    return null;
  }
}

const EMPTY_SNAPSHOT: Snapshot = { inputs: DEFAULT_INPUTS, book: [] };

/** True when a snapshot holds nothing but the defaults: there is nothing of the trader's to keep. */
export function isEmptySnapshot(snapshot: Snapshot): boolean {
  return (
    snapshot.book.length === 0 &&
    isEmptyLog(snapshot.log) &&
    (snapshot.userEvents ?? []).length === 0 &&
    (snapshot.customProducts ?? []).length === 0 &&
    isEmptyPortfolio(snapshot.portfolio) &&
    Object.entries(snapshot.inputs).every(([key, value]) => isInputKey(key) && DEFAULT_INPUTS[key] === value)
  );
}

const UNREADABLE_WORDS: Readonly<Record<'damaged' | 'newer', string>> = {
  damaged: 'Your saved inputs are damaged and could not be read',
  newer: 'Your saved inputs were written by a newer RiskDesk and could not be read here',
};

/** Reads the saved state. Never throws and never writes over the save; `stamp` names set-aside keys. */
export function loadSaved(storage: KeyValueStorage, stamp: string): LoadedState {
  const none = { ...EMPTY_SNAPSHOT, barsRaw: null, unreadableText: null };
  let raw: string | null;
  let barsRaw: string | null;
  try {
    raw = storage.getItem(SAVE_KEY);
    barsRaw = storage.getItem(BARS_KEY);
  } catch {
    return {
      ...none,
      status: 'off',
      notices: [
        {
          id: 'storage-off',
          text: 'This browser refused to read RiskDesk’s storage: saving is off, and your inputs will not survive a reload.',
        },
      ],
    };
  }
  if (raw === null) return { ...none, barsRaw, status: 'read', notices: [] };
  const read = readSave(parseJson(raw));
  if (read.kind !== 'ok') {
    const copy = setAside(storage, read.kind, raw, stamp);
    return {
      ...none,
      barsRaw,
      status: 'unreadable',
      unreadableText: raw,
      notices: [
        {
          id: 'unreadable-save',
          text: `${UNREADABLE_WORDS[read.kind]}, so the defaults are shown. Saving is paused so that it is not overwritten: download it, or start fresh.${copy === null ? '' : ' A copy is also in Saved copies.'}`,
        },
      ],
    };
  }
  const notices: Notice[] = [];
  if (read.unknown.size > 0) {
    const names = [...read.unknown.keys()];
    const copy = setAside(storage, 'unknown-fields', JSON.stringify(Object.fromEntries(read.unknown)), stamp);
    notices.push({
      id: 'unknown-fields',
      text: `Some saved entries were not recognised (${names.join(', ')}). ${
        copy === null
          ? 'This browser refused to keep a copy (storage full).'
          : 'They are kept in Saved copies.'
      }`,
    });
  }
  return { ...read.snapshot, barsRaw, status: 'read', unreadableText: null, notices };
}

/** The JSON a snapshot is saved as (the trade log only when it holds something). */
export function snapshotJson(snapshot: Snapshot): string {
  const save: Record<string, unknown> = {
    version: SAVE_VERSION,
    inputs: snapshot.inputs,
    book: snapshot.book,
  };
  // Each collection is written only when it holds something, so a save without any reads as before.
  if (snapshot.log !== undefined && !isEmptyLog(snapshot.log)) save.log = snapshot.log;
  if ((snapshot.userEvents ?? []).length > 0) save.events = snapshot.userEvents;
  if ((snapshot.customProducts ?? []).length > 0) save.customProducts = snapshot.customProducts;
  if (!isEmptyPortfolio(snapshot.portfolio)) save.portfolio = snapshot.portfolio;
  return JSON.stringify(save);
}

/** Saves inputs and book; false when storage refuses (full or disabled). */
export function saveSnapshot(storage: KeyValueStorage, snapshot: Snapshot): boolean {
  try {
    storage.setItem(SAVE_KEY, snapshotJson(snapshot));
    return true;
  } catch {
    return false;
  }
}

/** Reads a snapshot saved under `key` (a set-aside copy); null when gone or unreadable. */
export function readSnapshotAt(storage: KeyValueStorage, key: string): Snapshot | null {
  try {
    const read = readSave(parseJson(storage.getItem(key)));
    return read.kind === 'ok' ? read.snapshot : null;
  } catch {
    return null;
  }
}

/** The symbols whose portfolio bars are stored, with their stored text (empty when storage fails). */
export function storedPortfolioBars(storage: KeyValueStorage): { symbol: string; raw: string }[] {
  try {
    const found: { symbol: string; raw: string }[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(PORTFOLIO_BARS_PREFIX) !== true) continue;
      const raw = storage.getItem(key);
      if (raw !== null) found.push({ symbol: key.slice(PORTFOLIO_BARS_PREFIX.length), raw });
    }
    return found;
  } catch {
    return [];
  }
}

/** Stores one portfolio asset's bars (encoded by barsStorage.ts) or clears them; false when they do not fit. */
export function savePortfolioBars(storage: KeyValueStorage, symbol: string, stored: string | null): boolean {
  const key = `${PORTFOLIO_BARS_PREFIX}${symbol}`;
  try {
    if (stored === null) storage.removeItem(key);
    else storage.setItem(key, stored);
    return true;
  } catch {
    return false;
  }
}

/** Stores the imported bars (as encoded by barsStorage.ts) or clears them; false when they do not fit. */
export function saveBars(storage: KeyValueStorage, stored: string | null): boolean {
  try {
    if (stored === null) storage.removeItem(BARS_KEY);
    else storage.setItem(BARS_KEY, stored);
    return true;
  } catch {
    try {
      storage.removeItem(BARS_KEY);
    } catch {
      // Storage refuses everything: nothing more to do.
    }
    return false;
  }
}
