/**
 * Start-up: restore the saved state (and a share link, if the page was opened with one), then keep saving.
 * Kept apart from the store so that tests start from the defaults and opt into persistence explicitly.
 */
import { useDesk } from './deskStore';
import {
  decodeShareFragment,
  loadSaved,
  readSnapshotAt,
  saveBars,
  saveSnapshot,
  SAVE_KEY,
  snapshotJson,
  type KeyValueStorage,
  type Notice,
  type Snapshot,
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

/**
 * Applies a share fragment over `current`: keeps `current` under BEFORE_LINK_KEY (restorable from the
 * notice) and returns the snapshot to show with its notice; null when the fragment is not a share link.
 */
function openShareLink(
  storage: KeyValueStorage,
  fragment: string,
  current: Snapshot,
): { snapshot: Snapshot; notice: Notice } | null {
  const shared = decodeShareFragment(fragment);
  if (shared === null) return null;
  if ('error' in shared) return { snapshot: current, notice: { id: 'share-link', text: shared.error } };
  storage.setItem(BEFORE_LINK_KEY, snapshotJson(current));
  const skipped =
    shared.unknownKeys.length > 0
      ? ` (entries not recognised and left out: ${shared.unknownKeys.join(', ')})`
      : '';
  return {
    snapshot: shared.snapshot,
    notice: {
      id: 'share-link',
      text: `Opened the inputs of a shared link${skipped}. Your previous inputs are kept.`,
      action: {
        label: 'Restore my previous inputs',
        run: () => {
          const before = readSnapshotAt(storage, BEFORE_LINK_KEY);
          if (before !== null) useDesk.getState().replaceAll(before.inputs, before.book);
          return before !== null;
        },
      },
    },
  };
}

/** Applies a share link opened in a page that is already running (a fragment-only navigation). */
export function applyShareFragment(
  storage: KeyValueStorage,
  fragment: string,
  clearFragment: () => void,
): void {
  const state = useDesk.getState();
  const opened = openShareLink(storage, fragment, state);
  if (opened === null) return;
  clearFragment();
  state.replaceAll(opened.snapshot.inputs, opened.snapshot.book);
  state.addNotice(opened.notice);
}

/** Restores saved inputs, book and bars, applies a share link, and saves every later change. Returns an unsubscribe. */
export function hydrate({ storage, fragment, clearFragment, stamp }: HydrateOptions): () => void {
  const saved = loadSaved(storage, stamp);
  const notices: Notice[] = [...saved.notices];
  let snapshot: Snapshot = saved;
  const opened = openShareLink(storage, fragment, saved);
  if (opened !== null) {
    clearFragment();
    snapshot = opened.snapshot;
    notices.push(opened.notice);
  }
  const state = useDesk.getState();
  state.replaceAll(snapshot.inputs, snapshot.book);
  if (saved.bars !== null) void state.importBars(saved.bars.text, saved.bars.sourceName);
  for (const notice of notices) state.addNotice(notice);
  const saveNotice = saveSnapshot(storage, snapshot);
  if (saveNotice !== null) state.addNotice(saveNotice);

  return useDesk.subscribe((now, before) => {
    if (now.inputs !== before.inputs || now.book !== before.book) {
      const notice = saveSnapshot(storage, now);
      if (notice !== null) now.addNotice(notice);
    }
    if (now.barsSource !== before.barsSource) {
      const notice = saveBars(storage, now.barsSource);
      if (notice !== null) now.addNotice(notice);
    }
  });
}
