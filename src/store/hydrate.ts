/**
 * Start-up: restore the saved state (and a share link, if the page was opened with one), then keep saving.
 * Kept apart from the store so that tests start from the defaults and opt into persistence explicitly.
 */
import { isInputKey, type Inputs } from '../core';
import { useDesk } from './deskStore';
import {
  decodeShareFragment,
  loadSaved,
  saveBars,
  saveInputs,
  SAVE_KEY,
  SAVE_VERSION,
  type KeyValueStorage,
  type Notice,
} from './persistence';

export const BEFORE_LINK_KEY = `${SAVE_KEY}:before-link`;

export interface HydrateOptions {
  readonly storage: KeyValueStorage;
  /** The page's URL fragment (`location.hash`). */
  readonly fragment: string;
  /** Removes the share fragment from the address bar once applied. */
  readonly clearFragment: () => void;
  /** Names set-aside keys; a timestamp. */
  readonly stamp: string;
}

/** Restores saved inputs and bars, applies a share link, and saves every later change. Returns an unsubscribe. */
export function hydrate({ storage, fragment, clearFragment, stamp }: HydrateOptions): () => void {
  const saved = loadSaved(storage, stamp);
  const notices: Notice[] = [...saved.notices];
  let inputs: Inputs = saved.inputs;
  const shared = decodeShareFragment(fragment);
  if (shared !== null) {
    clearFragment();
    if ('error' in shared) {
      notices.push({ id: 'share-link', text: shared.error });
    } else {
      storage.setItem(BEFORE_LINK_KEY, JSON.stringify({ version: SAVE_VERSION, inputs }));
      inputs = shared.inputs;
      const skipped =
        shared.unknownKeys.length > 0
          ? ` (entries not recognised and left out: ${shared.unknownKeys.join(', ')})`
          : '';
      notices.push({
        id: 'share-link',
        text: `Opened the inputs of a shared link${skipped}. Your previous inputs are kept.`,
        action: {
          label: 'Restore my previous inputs',
          run: () => restoreInputsFrom(storage, BEFORE_LINK_KEY),
        },
      });
    }
  }
  const state = useDesk.getState();
  state.replaceInputs(inputs);
  if (saved.bars !== null) void state.importBars(saved.bars.text, saved.bars.sourceName);
  for (const notice of notices) state.addNotice(notice);
  const saveNotice = saveInputs(storage, inputs);
  if (saveNotice !== null) state.addNotice(saveNotice);

  return useDesk.subscribe((now, before) => {
    if (now.inputs !== before.inputs) {
      const notice = saveInputs(storage, now.inputs);
      if (notice !== null) now.addNotice(notice);
    }
    if (now.barsSource !== before.barsSource) {
      const notice = saveBars(storage, now.barsSource);
      if (notice !== null) now.addNotice(notice);
    }
  });
}

/** Puts back inputs kept under `key` (e.g. the ones a share link replaced). Returns false when they are gone. */
export function restoreInputsFrom(storage: KeyValueStorage, key: string): boolean {
  const raw = storage.getItem(key);
  if (raw === null) return false;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || !('inputs' in parsed)) return false;
    const saved: unknown = parsed.inputs;
    if (typeof saved !== 'object' || saved === null) return false;
    const next: Record<string, string> = { ...useDesk.getState().inputs };
    for (const [k, v] of Object.entries(saved)) if (isInputKey(k) && typeof v === 'string') next[k] = v;
    useDesk.getState().replaceInputs(next as Inputs);
    return true;
  } catch {
    return false;
  }
}
