/**
 * Starts the desk: the one reading of the real clock (today and the current instant, ticking), the saved
 * state and a share link restored into the store, and saving from then on. Runs once, when the desk's
 * chunk loads (src/deskEntry.ts), before the desk renders.
 */
import { localCalendarDate, localTimeZone, nowDate } from './clock';
import { downloadText } from './features/download';
import { useDesk } from './store/deskStore';
import { hydrate } from './store/hydrate';
import { browserStorage } from './store/persistence';

/** How often the clock moves on: countdowns and session states show whole minutes. */
const CLOCK_TICK_MS = 15_000;

/** Today and the current instant, from the one real clock; the store and core take them as arguments. */
const tick = () => {
  const instant = nowDate();
  useDesk.getState().setToday(localCalendarDate(instant));
  useDesk.getState().setNow({ ms: instant.getTime(), timeZone: localTimeZone() });
};
tick();
// Countdowns and session clocks move on; a desk left open overnight moves to the new day.
setInterval(tick, CLOCK_TICK_MS);
document.addEventListener('visibilitychange', tick);

const { storage, notice } = browserStorage(() => window.localStorage);

/**
 * Saves at most every SAVE_DELAY_MS while typing, then in the browser's next idle moment (so a save, which
 * serialises the whole book, does not run between a keystroke and its frame), and at once when the page is
 * hidden or left.
 */
const SAVE_DELAY_MS = 300;
/** The longest a save waits for an idle moment after that delay. */
const SAVE_IDLE_TIMEOUT_MS = 1_000;
let pendingSave: (() => void) | null = null;
let saveTimer: ReturnType<typeof setTimeout> | null = null;
let saveWhenIdle: number | null = null;
const flushSave = () => {
  if (saveTimer !== null) clearTimeout(saveTimer);
  if (saveWhenIdle !== null) cancelIdleCallback(saveWhenIdle);
  saveTimer = null;
  saveWhenIdle = null;
  const save = pendingSave;
  pendingSave = null;
  save?.();
};
const scheduleSave = (save: () => void) => {
  pendingSave = save;
  saveTimer ??= setTimeout(() => {
    // Safari has no requestIdleCallback: there the save runs when the delay is over.
    if ('requestIdleCallback' in window) {
      saveWhenIdle = requestIdleCallback(flushSave, { timeout: SAVE_IDLE_TIMEOUT_MS });
    } else flushSave();
  }, SAVE_DELAY_MS);
};
window.addEventListener('pagehide', flushSave);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') flushSave();
});
/** Leaves only the section route of a share link (`#/spread`) in the address bar, or no fragment at all. */
const clearFragment = (route: string) => {
  history.replaceState(null, '', window.location.pathname + window.location.search + route);
};
try {
  const persistence = hydrate({
    storage,
    fragment: window.location.hash,
    clearFragment,
    stamp: () => nowDate().toISOString(),
    download: downloadText,
    scheduleSave,
  });
  // A share link pasted into a tab that already shows RiskDesk changes only the fragment: no reload.
  window.addEventListener('hashchange', () => {
    void persistence.openFragment(window.location.hash);
  });
} catch (error) {
  // Never a blank page: start from the defaults and say why.
  console.error('RiskDesk could not restore its saved state', error);
  useDesk.getState().addNotice({
    id: 'restore-failed',
    text: 'Your saved inputs could not be restored; the defaults are shown.',
  });
}
if (notice !== null) useDesk.getState().addNotice(notice);
