/**
 * Saved state and share links.
 *
 * Saved state lives in localStorage under `riskdesk`, versioned: `{ version, inputs, book }`. Reading never
 * throws: a corrupt save, a save from a newer version, or entries RiskDesk does not know (unknown keys, a
 * choice outside its options such as a side of "sideways") are set aside
 * under their own key (nothing the user typed is silently dropped) and reported as notices; an older
 * version is migrated. Imported bars are saved apart (`riskdesk:bars`) because they can be megabytes.
 *
 * A share link carries every input and the book in the URL fragment (`#s=` + base64url of JSON); the
 * fragment never leaves the browser, so sharing makes no request. Bars are not in links (too large).
 */
import {
  BOOK_FIELDS,
  DEFAULT_INPUTS,
  isInputKey,
  isValidInputText,
  type BookRow,
  type InputKey,
  type Inputs,
} from '../core';

export const SAVE_KEY = 'riskdesk';
export const BARS_KEY = 'riskdesk:bars';
const SAVE_VERSION = 1;
const SHARE_PREFIX = '#s=';

export interface Notice {
  readonly id: string;
  readonly text: string;
  /** A button offered with the notice (e.g. restoring inputs a share link replaced). */
  readonly action?: { readonly label: string; readonly run: () => boolean };
}

/** Everything the user typed, apart from bars. */
export interface Snapshot {
  readonly inputs: Inputs;
  readonly book: readonly BookRow[];
}

export interface SavedBars {
  readonly text: string;
  readonly sourceName: string;
}

export interface LoadedState extends Snapshot {
  readonly bars: SavedBars | null;
  readonly notices: readonly Notice[];
}

/** The storage RiskDesk uses (localStorage in the app; memory when the browser refuses it). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const EMPTY_SNAPSHOT: Snapshot = { inputs: DEFAULT_INPUTS, book: [] };

/** Storage kept in memory: used when the browser refuses localStorage (private modes, disabled storage). */
export function memoryStorage(): KeyValueStorage {
  const data = new Map<string, string>();
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
}

/** The browser's localStorage if it can be used, else memory storage and a notice saying so. */
export function browserStorage(open: () => Storage): { storage: KeyValueStorage; notice: Notice | null } {
  try {
    const storage = open();
    const probe = `${SAVE_KEY}:probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return { storage, notice: null };
  } catch {
    return {
      storage: memoryStorage(),
      notice: {
        id: 'no-storage',
        text: 'This browser does not let RiskDesk save anything: your inputs will not survive a reload.',
      },
    };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBookRow(value: unknown): value is BookRow {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    BOOK_FIELDS.every((field) => typeof value[field] === 'string')
  );
}

/** Migrations from each older version to the next. Version 0 (no version field) kept the inputs at the top level. */
const MIGRATIONS: Readonly<Record<number, (save: Record<string, unknown>) => Record<string, unknown>>> = {
  0: (save) => ({ version: 1, inputs: save }),
};

function migrate(save: Record<string, unknown>): Record<string, unknown> | null {
  let current = save;
  let version = typeof current.version === 'number' ? current.version : 0;
  while (version < SAVE_VERSION) {
    const step = MIGRATIONS[version];
    if (step === undefined) return null;
    current = step(current);
    version = typeof current.version === 'number' ? current.version : version + 1;
  }
  return version === SAVE_VERSION ? current : null;
}

/** A snapshot from parsed JSON, with whatever could not be used; null when it is not a RiskDesk save at all. */
function readSnapshot(parsed: unknown): { snapshot: Snapshot; unknown: Record<string, unknown> } | null {
  const save = isRecord(parsed) ? migrate(parsed) : null;
  if (save === null || !isRecord(save.inputs)) return null;
  const inputs: Record<InputKey, string> = { ...DEFAULT_INPUTS };
  const unknown: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(save.inputs)) {
    if (isInputKey(key) && typeof value === 'string' && isValidInputText(key, value)) inputs[key] = value;
    else unknown[key] = value;
  }
  const rows: unknown[] = Array.isArray(save.book) ? save.book : [];
  if (save.book !== undefined && !Array.isArray(save.book)) unknown.book = save.book;
  const badRows = rows.filter((row) => !isBookRow(row));
  if (badRows.length > 0) unknown.bookRows = badRows;
  return { snapshot: { inputs, book: rows.filter(isBookRow) }, unknown };
}

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Keeps `raw` under its own key. Returns where it went, or null when storage refuses (full): the caller
 * then says so, since the text can only live on in this page.
 */
export function setAside(storage: KeyValueStorage, label: string, raw: string, stamp: string): string | null {
  const key = `${SAVE_KEY}:set-aside:${label}:${stamp}`;
  try {
    storage.setItem(key, raw);
    return key;
  } catch {
    return null;
  }
}

function keptWhere(key: string | null): string {
  return key === null
    ? 'This browser refused to keep a copy (storage full); copy anything you need before you type over it.'
    : `It is kept under "${key}" in this browser's storage.`;
}

function readBars(storage: KeyValueStorage): SavedBars | null {
  const parsed = parseJson(storage.getItem(BARS_KEY));
  if (isRecord(parsed) && typeof parsed.text === 'string' && typeof parsed.sourceName === 'string') {
    return { text: parsed.text, sourceName: parsed.sourceName };
  }
  // Unreadable bars are dropped: they are a copy of a file or a paste the user still has.
  storage.removeItem(BARS_KEY);
  return null;
}

/** Reads the saved state. Never throws; `stamp` names set-aside keys (a timestamp from the caller). */
export function loadSaved(storage: KeyValueStorage, stamp: string): LoadedState {
  const notices: Notice[] = [];
  const bars = readBars(storage);
  const raw = storage.getItem(SAVE_KEY);
  if (raw === null) return { ...EMPTY_SNAPSHOT, bars, notices };
  const read = readSnapshot(parseJson(raw));
  if (read === null) {
    const key = setAside(storage, 'unreadable', raw, stamp);
    notices.push({
      id: 'unreadable-save',
      text: `Your saved inputs could not be read (damaged or from a newer RiskDesk), so the defaults are shown. ${keptWhere(key)}`,
    });
    return { ...EMPTY_SNAPSHOT, bars, notices };
  }
  const unknownKeys = Object.keys(read.unknown);
  if (unknownKeys.length > 0) {
    const key = setAside(storage, 'unknown-fields', JSON.stringify(read.unknown), stamp);
    notices.push({
      id: 'unknown-fields',
      text: `Some saved entries were not recognised (${unknownKeys.join(', ')}). ${keptWhere(key)}`,
    });
  }
  return { ...read.snapshot, bars, notices };
}

/** The JSON a snapshot is saved as. */
export function snapshotJson(snapshot: Snapshot): string {
  return JSON.stringify({ version: SAVE_VERSION, inputs: snapshot.inputs, book: snapshot.book });
}

/** Saves inputs and book; returns a notice when storage refuses (full or disabled), else null. */
export function saveSnapshot(storage: KeyValueStorage, snapshot: Snapshot): Notice | null {
  try {
    storage.setItem(SAVE_KEY, snapshotJson(snapshot));
    return null;
  } catch {
    return {
      id: 'save-failed',
      text: 'This browser refused to save your inputs (storage full or disabled); they will not survive a reload.',
    };
  }
}

/** Reads a snapshot saved under `key` (e.g. inputs a share link replaced); null when gone or unreadable. */
export function readSnapshotAt(storage: KeyValueStorage, key: string): Snapshot | null {
  return readSnapshot(parseJson(storage.getItem(key)))?.snapshot ?? null;
}

/** Saves or clears the imported bars; returns a notice when they are too large to keep. */
export function saveBars(storage: KeyValueStorage, bars: SavedBars | null): Notice | null {
  try {
    if (bars === null) storage.removeItem(BARS_KEY);
    else storage.setItem(BARS_KEY, JSON.stringify(bars));
    return null;
  } catch {
    storage.removeItem(BARS_KEY);
    return {
      id: 'bars-not-saved',
      text: 'The imported bars are too large to keep in this browser; import them again after a reload.',
    };
  }
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string | null {
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The URL fragment that restores this snapshot. */
export function encodeShareFragment(snapshot: Snapshot): string {
  return SHARE_PREFIX + toBase64Url(snapshotJson(snapshot));
}

/** The snapshot of a share fragment; null when the fragment is not a share link; a message when it is damaged. */
export function decodeShareFragment(
  fragment: string,
): { snapshot: Snapshot; unknownKeys: string[] } | { error: string } | null {
  if (!fragment.startsWith(SHARE_PREFIX)) return null;
  const read = readSnapshot(parseJson(fromBase64Url(fragment.slice(SHARE_PREFIX.length))));
  if (read === null)
    return {
      error: 'This share link is damaged or from a newer RiskDesk: your own inputs are shown instead.',
    };
  return { snapshot: read.snapshot, unknownKeys: Object.keys(read.unknown) };
}
