import { useSyncExternalStore } from 'react';
import { DEFAULT_SECTION, sectionOfHash, type SectionId } from './sections';

let current: SectionId = sectionOfHash(window.location.hash) ?? DEFAULT_SECTION;
const listeners = new Set<() => void>();

/** Follows the address bar: a route fragment selects its section; any other fragment keeps the current one. */
function onHashChange(): void {
  const next = sectionOfHash(window.location.hash);
  if (next === null || next === current) return;
  current = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('hashchange', onHashChange);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('hashchange', onHashChange);
  };
}

/** The section in view, from the URL's hash route (`#/size`, …). */
export function useSection(): SectionId {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => DEFAULT_SECTION,
  );
}
