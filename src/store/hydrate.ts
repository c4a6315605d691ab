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
  setAside,
  snapshotJson,
  type KeyValueStorage,
  type Notice,
  type Snapshot,
} from './persistence';

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
 * Applies a share fragment over `current`: sets `current` aside under a key of its own (one per link
 * opened, so a second link never overwrites the trader's own inputs), restorable from the notice; returns
 * the snapshot to show with its notice, or null when the fragment is not a share link.
 */
function openShareLink(
  storage: KeyValueStorage,
  fragment: string,
  current: Snapshot,
  stamp: string,
): { snapshot: Snapshot; notice: Notice } | null {
  const shared = decodeShareFragment(fragment);
  if (shared === null) return null;
  if ('error' in shared) return { snapshot: current, notice: { id: 'share-link', text: shared.error } };
  const keptAt = setAside(storage, 'before-link', snapshotJson(current), stamp);
  if (keptAt === null) {
    return {
      snapshot: current,
      notice: {
        id: 'share-link',
        text: 'This browser refused to keep your inputs aside (storage full), so the shared link was not opened.',
      },
    };
  }
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
          const before = readSnapshotAt(storage, keptAt);
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
  stamp: string,
): void {
  const state = useDesk.getState();
  const opened = openShareLink(storage, fragment, state, stamp);
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
  const opened = openShareLink(storage, fragment, saved, stamp);
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
