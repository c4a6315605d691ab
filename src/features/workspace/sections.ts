/**
 * The workspace's sections, in navigation order. Each has a hash route (`#/size`) so it can be bookmarked;
 * a fragment that is not a route (a share link, `#s=…`) leaves the section as it is.
 */
export const SECTIONS = [
  { id: 'size', label: 'Size', title: 'Size a trade' },
  { id: 'spread', label: 'Spread', title: 'Spread planner' },
  { id: 'book', label: 'Book & stress', title: 'Book and margin stress' },
  { id: 'hedge', label: 'Hedge', title: 'Portfolio hedge' },
  { id: 'contracts', label: 'Contracts', title: 'Contracts and margins' },
  { id: 'portfolio', label: 'Portfolio', title: 'Portfolio planner' },
  { id: 'plan', label: 'Plan', title: 'Trade plan' },
  { id: 'calendar', label: 'Calendar', title: 'Calendar and sessions' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

export const DEFAULT_SECTION: SectionId = 'size';

/** The section a URL fragment names (`#/book`, `#/book?…`), or null when it is not a section route. */
export function sectionOfHash(hash: string): SectionId | null {
  const match = /^#\/([a-z]+)/.exec(hash);
  const id = match?.[1];
  return SECTIONS.find((section) => section.id === id)?.id ?? null;
}

/** The fragment of a section's route. */
export function sectionHash(id: SectionId): string {
  return `#/${id}`;
}
