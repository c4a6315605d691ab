/**
 * Saved state and share links.
 *
 * Saved state lives in localStorage under `riskdesk`, versioned: `{ version, inputs }`. Reading never
 * throws: a corrupt save, a save from a newer version, or entries RiskDesk does not know are set aside
 * under their own key (nothing the user typed is silently dropped) and reported as notices; an older
 * version is migrated. Imported bars are saved apart (`riskdesk:bars`) because they can be megabytes.
 *
 * A share link carries every input in the URL fragment (`#s=` + base64url of JSON); the fragment never
 * leaves the browser, so sharing makes no request.
 */
import { DEFAULT_INPUTS, isInputKey, type InputKey, type Inputs } from '../core';

export const SAVE_KEY = 'riskdesk';
export const BARS_KEY = 'riskdesk:bars';
export const SAVE_VERSION = 1;
const SHARE_PREFIX = '#s=';

export interface Notice {
  readonly id: string;
  readonly text: string;
  /** A button offered with the notice (e.g. restoring inputs a share link replaced). */
  readonly action?: { readonly label: string; readonly run: () => boolean };
}

export interface SavedBars {
  readonly text: string;
  readonly sourceName: string;
}

export interface LoadedState {
  readonly inputs: Inputs;
  readonly bars: SavedBars | null;
  readonly notices: readonly Notice[];
}

/** The storage RiskDesk uses (localStorage in the app; a Map-backed fake in tests). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

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

/** Merges saved texts over the defaults; returns what could not be used, by key. */
function mergeInputs(saved: Record<string, unknown>): { inputs: Inputs; unknown: Record<string, unknown> } {
  const inputs: Record<InputKey, string> = { ...DEFAULT_INPUTS };
  const unknown: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(saved)) {
    if (isInputKey(key) && typeof value === 'string') inputs[key] = value;
    else unknown[key] = value;
  }
  return { inputs, unknown };
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

function setAside(storage: KeyValueStorage, label: string, raw: string, stamp: string): string {
  const key = `${SAVE_KEY}:set-aside:${label}:${stamp}`;
  storage.setItem(key, raw);
  return key;
}

function readBars(storage: KeyValueStorage): SavedBars | null {
  const raw = storage.getItem(BARS_KEY);
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (isRecord(parsed) && typeof parsed.text === 'string' && typeof parsed.sourceName === 'string') {
      return { text: parsed.text, sourceName: parsed.sourceName };
    }
  } catch {
    // fall through: unreadable bars are removed below and re-imported by the user
  }
  storage.removeItem(BARS_KEY);
  return null;
}

/** Reads the saved state. Never throws; `stamp` names set-aside keys (a timestamp from the caller). */
export function loadSaved(storage: KeyValueStorage, stamp: string): LoadedState {
  const notices: Notice[] = [];
  const bars = readBars(storage);
  const raw = storage.getItem(SAVE_KEY);
  if (raw === null) return { inputs: DEFAULT_INPUTS, bars, notices };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const migrated = isRecord(parsed) ? migrate(parsed) : null;
  if (migrated === null || !isRecord(migrated.inputs)) {
    const key = setAside(storage, 'unreadable', raw, stamp);
    notices.push({
      id: 'unreadable-save',
      text: `Your saved inputs could not be read (damaged or from a newer RiskDesk), so the defaults are shown. The saved text is kept under "${key}" in this browser's storage.`,
    });
    return { inputs: DEFAULT_INPUTS, bars, notices };
  }
  const { inputs, unknown } = mergeInputs(migrated.inputs);
  const unknownKeys = Object.keys(unknown);
  if (unknownKeys.length > 0) {
    const key = setAside(storage, 'unknown-fields', JSON.stringify(unknown), stamp);
    notices.push({
      id: 'unknown-fields',
      text: `Some saved entries were not recognised (${unknownKeys.join(', ')}) and were kept aside under "${key}".`,
    });
  }
  return { inputs, bars, notices };
}

/** Saves the inputs; returns a notice when storage refuses (full or disabled), else null. */
export function saveInputs(storage: KeyValueStorage, inputs: Inputs): Notice | null {
  try {
    storage.setItem(SAVE_KEY, JSON.stringify({ version: SAVE_VERSION, inputs }));
    return null;
  } catch {
    return {
      id: 'save-failed',
      text: 'This browser refused to save your inputs (storage full or disabled); they will not survive a reload.',
    };
  }
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

/** The URL fragment that restores these inputs. */
export function encodeShareFragment(inputs: Inputs): string {
  return SHARE_PREFIX + toBase64Url(JSON.stringify({ version: SAVE_VERSION, inputs }));
}

/** Inputs from a share fragment, null when the fragment is not a share link, or a message when it is damaged. */
export function decodeShareFragment(
  fragment: string,
): { inputs: Inputs; unknownKeys: string[] } | { error: string } | null {
  if (!fragment.startsWith(SHARE_PREFIX)) return null;
  const json = fromBase64Url(fragment.slice(SHARE_PREFIX.length));
  let parsed: unknown;
  try {
    parsed = json === null ? undefined : JSON.parse(json);
  } catch {
    parsed = undefined;
  }
  const migrated = isRecord(parsed) ? migrate(parsed) : null;
  if (migrated === null || !isRecord(migrated.inputs)) {
    return {
      error: 'This share link is damaged or from a newer RiskDesk: your own inputs are shown instead.',
    };
  }
  const { inputs, unknown } = mergeInputs(migrated.inputs);
  return { inputs, unknownKeys: Object.keys(unknown) };
}
