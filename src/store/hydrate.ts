/**
 * Start-up: restore the saved state (and a share link, if the page was opened with one), then keep saving.
 * Kept apart from the store so that tests start from the defaults and opt into persistence explicitly.
 *
 * The saved state is applied synchronously, so the first paint shows the trader's inputs. A share link is
 * decoded asynchronously (DecompressionStream) and applied in one step once it is read and checked whole:
 * a damaged or refused link applies nothing, and a link overtaken by a later one (or by `stop`) is dropped.
 *
 * Saving has four states: on; paused because the save could not be read (it is never overwritten until
 * the trader downloads it or starts fresh); paused because storage is full (every later change tries
 * again, and dropping the stored bars frees room); off, because the browser refuses storage.
 */
import { compressBarsOffThread, isStorableImport } from './barsClient';
import { decodeStoredBars } from './barsStorage';
import { useDesk, type DeskState, type LoadedBars, type StoredCollections } from './deskStore';
import {
  BARS_KEY,
  isEmptySnapshot,
  listSavedCopies,
  loadSaved,
  readSnapshotAt,
  saveBars,
  savePortfolioBars,
  saveSnapshot,
  storedPortfolioBars,
  setAside,
  snapshotJson,
  type KeyValueStorage,
  type Notice,
  type Snapshot,
} from './persistence';
import { decodeShareLink, parseShareFragment, type SharedLink } from './shareLink';

export interface HydrateOptions {
  readonly storage: KeyValueStorage;
  /** The page's URL fragment (`location.hash`). */
  readonly fragment: string;
  /**
   * Replaces a share link in the address bar by its section route (`#/spread`, or '' for none). Called as
   * soon as a fragment is known to be a link, before it is decoded: a reload never opens it twice.
   */
  readonly clearFragment: (route: string) => void;
  /** Names set-aside keys: a timestamp, read again for each copy. */
  readonly stamp: () => string;
  /** Offers `text` as a file download named `filename`. */
  readonly download: (filename: string, text: string) => void;
  /**
   * Runs a save after a change: at once by default (tests); the app coalesces a burst of keystrokes into
   * one save and flushes it when the page is hidden, so a long book is not written on every keystroke.
   */
  readonly scheduleSave?: (save: () => void) => void;
}

type Saving = 'on' | 'paused-unreadable' | 'paused-full' | 'off';

/** The collections of a snapshot besides the book, for `replaceAll` (absent ones are emptied). */
function collectionsOf(snapshot: Snapshot): StoredCollections {
  return {
    ...(snapshot.log === undefined ? {} : { log: snapshot.log }),
    userEvents: snapshot.userEvents ?? [],
    customProducts: snapshot.customProducts ?? [],
    ...(snapshot.portfolio === undefined ? {} : { portfolio: snapshot.portfolio }),
  };
}

const FULL_NOTICE_ID = 'storage-full';

/** The running persistence: what the notices' and the Saved copies list's buttons act on. */
export interface Persistence {
  /**
   * Applies a share link opened in a page that is already running (a fragment-only navigation); settles
   * once it is applied or refused (at once when the fragment is no link). Never rejects.
   */
  openFragment: (fragment: string) => Promise<void>;
  /** Settles once the share link the page was opened with is applied or refused (at once without one). */
  opened: Promise<void>;
  /** Stops saving (tests; a page being torn down). */
  stop: () => void;
}

/** Restores saved inputs, book and bars, applies a share link, and saves every later change. */
export function hydrate({
  storage,
  fragment,
  clearFragment,
  stamp,
  download,
  scheduleSave = (save) => {
    save();
  },
}: HydrateOptions): Persistence {
  const loaded = loadSaved(storage, stamp());
  /** The text of bars restored from storage: already stored, so not stored again. */
  let restoredBars: string | null = null;
  let saving: Saving =
    loaded.status === 'off' ? 'off' : loaded.status === 'unreadable' ? 'paused-unreadable' : 'on';
  const state = () => useDesk.getState();

  const refreshCopies = () => {
    state().setSavedCopies(listSavedCopies(storage));
  };

  const fullNotice = (): Notice => ({
    id: FULL_NOTICE_ID,
    text: 'This browser’s storage is full: saving is paused until space is freed. Your inputs stay on screen.',
    actions:
      storage.getItem(BARS_KEY) === null
        ? []
        : [
            {
              label: 'Drop stored bars',
              run: () => {
                saveBars(storage, null);
                return trySave();
              },
            },
          ],
  });

  /** Saves the current inputs and book when saving is on or paused by a full storage; true when saved. */
  function trySave(): boolean {
    if (saving === 'off' || saving === 'paused-unreadable') return false;
    if (saveSnapshot(storage, state())) {
      if (saving === 'paused-full') state().dismissNotice(FULL_NOTICE_ID);
      saving = 'on';
      return true;
    }
    saving = 'paused-full';
    state().addNotice(fullNotice());
    return false;
  }

  const notices: Notice[] = loaded.notices.map((notice) =>
    notice.id !== 'unreadable-save' || loaded.unreadableText === null
      ? notice
      : {
          ...notice,
          actions: [
            {
              label: 'Download damaged save',
              run: () => {
                download('riskdesk-damaged-save.json', loaded.unreadableText ?? '');
                return false;
              },
            },
            {
              label: 'Start fresh',
              run: () => {
                saving = 'on';
                return trySave();
              },
            },
          ],
        },
  );

  /**
   * Applies a decoded share link: the current inputs are set aside first (one copy per link, restorable),
   * unless there is nothing of the trader's to keep. Returns its notice.
   */
  const applyShareLink = (shared: SharedLink): Notice => {
    if ('error' in shared) return { id: 'share-link', text: shared.error };
    const current = state();
    const skipped =
      shared.unknownKeys.length > 0
        ? ` (entries not recognised and left out: ${shared.unknownKeys.join(', ')})`
        : '';
    if (isEmptySnapshot(current)) {
      state().replaceAll(shared.snapshot.inputs, shared.snapshot.book, collectionsOf(shared.snapshot));
      return { id: 'share-link', text: `Opened the inputs of a shared link${skipped}.` };
    }
    const keptAt = setAside(storage, 'before-link', snapshotJson(current), stamp());
    if (keptAt === null) {
      return {
        id: 'share-link',
        text: 'This browser refused to keep your inputs aside (storage full), so the shared link was not opened.',
      };
    }
    state().replaceAll(shared.snapshot.inputs, shared.snapshot.book, collectionsOf(shared.snapshot));
    refreshCopies();
    return {
      id: 'share-link',
      text: `Opened the inputs of a shared link${skipped}. Your previous inputs are kept in Saved copies.`,
      actions: [
        {
          label: 'Restore my previous inputs',
          run: () => {
            const before = readSnapshotAt(storage, keptAt);
            if (before !== null) state().replaceAll(before.inputs, before.book, collectionsOf(before));
            return before !== null;
          },
        },
      ],
    };
  };

  /** Counts links opened: only the latest one is applied when its decoding ends. */
  let linksOpened = 0;
  let stopped = false;

  /** Opens the share link of a fragment, if it holds one: the address bar keeps only the route at once. */
  const openShareLink = async (fragment: string): Promise<void> => {
    const link = parseShareFragment(fragment);
    if (link === null) return;
    clearFragment(link.route);
    const ticket = ++linksOpened;
    let notice: Notice;
    try {
      const shared = await decodeShareLink(fragment);
      if (shared === null || ticket !== linksOpened || stopped) return;
      notice = applyShareLink(shared);
    } catch (error) {
      console.error('RiskDesk could not open a share link', error);
      notice = { id: 'share-link', text: 'This share link could not be opened: your own inputs are shown.' };
    }
    // It replaces an earlier link's notice; that link's copy stays in Saved copies.
    state().addNotice(notice);
  };

  state().replaceAll(loaded.inputs, loaded.book, collectionsOf(loaded));
  if (loaded.barsRaw !== null) {
    void decodeStoredBars(loaded.barsRaw).then((bars) => {
      // Only if nothing was imported meanwhile; unreadable stored bars are a copy the trader still has.
      if (bars !== null && state().barsSource === null) {
        restoredBars = bars.text;
        return state().importBars(bars.text, bars.sourceName);
      }
      return undefined;
    });
  }
  /** Portfolio bar texts restored from storage, by symbol: already stored, so not stored again. */
  const restoredPortfolioBars = new Map<string, string>();
  for (const { symbol, raw } of storedPortfolioBars(storage)) {
    void decodeStoredBars(raw).then((bars) => {
      if (bars === null || state().portfolioBarsSources.has(symbol)) return undefined;
      restoredPortfolioBars.set(symbol, bars.text);
      return state().importPortfolioBars(symbol, bars.text, bars.sourceName);
    });
  }
  for (const notice of notices) state().addNotice(notice);
  state().setCopyActions({
    restore: (key) => {
      const copy = readSnapshotAt(storage, key);
      if (copy !== null) state().replaceAll(copy.inputs, copy.book, collectionsOf(copy));
      return copy !== null;
    },
    download: (key) => {
      const text = storage.getItem(key);
      if (text !== null) download(`${key.replaceAll(':', '-')}.json`, text);
    },
    remove: (key) => {
      storage.removeItem(key);
      refreshCopies();
    },
  });
  refreshCopies();
  trySave();

  /** Stores parsed bars once per import (compressed, after the import's own work), if they hold bars. */
  const storeBars = async (bars: LoadedBars | null) => {
    if (saving === 'off' || saving === 'paused-unreadable') return;
    if (bars === null) {
      if (state().barsSource === null) saveBars(storage, null);
      return;
    }
    if (!isStorableImport(bars.parsed) || bars.source.text === restoredBars) return;
    const stored = await compressBarsOffThread(bars.source);
    if (state().bars !== bars) return;
    if (!saveBars(storage, stored)) {
      state().addNotice({
        id: 'bars-not-saved',
        text: 'The imported bars are too large to keep in this browser; import them again after a reload.',
      });
    }
  };

  /** Stores each portfolio asset's bars when they change (compressed), or drops them when cleared. */
  const storePortfolioBars = async (now: DeskState, before: DeskState) => {
    if (saving === 'off' || saving === 'paused-unreadable') return;
    for (const symbol of before.portfolioBarsSources.keys()) {
      if (!now.portfolioBarsSources.has(symbol)) savePortfolioBars(storage, symbol, null);
    }
    for (const [symbol, source] of now.portfolioBarsSources) {
      if (before.portfolioBarsSources.get(symbol) === source) continue;
      if (restoredPortfolioBars.get(symbol) === source.text) continue;
      const stored = await compressBarsOffThread(source);
      if (state().portfolioBarsSources.get(symbol) !== source) continue;
      if (!savePortfolioBars(storage, symbol, stored)) {
        state().addNotice({
          id: 'portfolio-bars-not-saved',
          text: `The bars imported for ${symbol} are too large to keep in this browser; import them again after a reload.`,
        });
      }
    }
  };

  const unsubscribe = useDesk.subscribe((now, before) => {
    if (
      now.inputs !== before.inputs ||
      now.book !== before.book ||
      now.log !== before.log ||
      now.userEvents !== before.userEvents ||
      now.customProducts !== before.customProducts ||
      now.portfolio !== before.portfolio
    ) {
      scheduleSave(trySave);
    }
    if (now.bars !== before.bars) void storeBars(now.bars);
    if (now.portfolioBarsSources !== before.portfolioBarsSources) void storePortfolioBars(now, before);
  });
  const opened = openShareLink(fragment);
  return {
    openFragment: openShareLink,
    opened,
    stop: () => {
      stopped = true;
      unsubscribe();
    },
  };
}
