import { lazy, Suspense, useEffect, useRef, type ComponentType } from 'react';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { SizeSection } from '../sections/SizeSection';
import { SECTIONS, sectionHash, type SectionId } from './sections';
import { useSection } from './useSection';

/** Each section but Size loads on its first visit, or earlier when the browser is idle. */
const LOADERS: Readonly<Record<Exclude<SectionId, 'size'>, () => Promise<{ default: ComponentType }>>> = {
  spread: () => import('../sections/SpreadSection').then((m) => ({ default: m.SpreadSection })),
  book: () => import('../sections/BookSection').then((m) => ({ default: m.BookSection })),
  hedge: () => import('../sections/HedgeSection').then((m) => ({ default: m.HedgeSection })),
  contracts: () => import('../sections/ContractsSection').then((m) => ({ default: m.ContractsSection })),
  portfolio: () => import('../sections/PortfolioSection').then((m) => ({ default: m.PortfolioSection })),
  plan: () => import('../sections/PlanSection').then((m) => ({ default: m.PlanSection })),
  calendar: () => import('../sections/CalendarSection').then((m) => ({ default: m.CalendarSection })),
};

const LAZY: Readonly<Record<Exclude<SectionId, 'size'>, ComponentType>> = {
  spread: lazy(LOADERS.spread),
  book: lazy(LOADERS.book),
  hedge: lazy(LOADERS.hedge),
  contracts: lazy(LOADERS.contracts),
  portfolio: lazy(LOADERS.portfolio),
  plan: lazy(LOADERS.plan),
  calendar: lazy(LOADERS.calendar),
};

/** Loads every section's code once the page is idle, so a later visit (or going offline) finds it ready. */
function usePrefetchSections(): void {
  useEffect(() => {
    const prefetch = () => {
      for (const load of Object.values(LOADERS)) void load();
    };
    if ('requestIdleCallback' in window) {
      const handle = window.requestIdleCallback(prefetch, { timeout: 3000 });
      return () => {
        window.cancelIdleCallback(handle);
      };
    }
    const timer = setTimeout(prefetch, 1500);
    return () => {
      clearTimeout(timer);
    };
  }, []);
}

/** The sections' navigation: links a thumb reaches at the bottom of a phone, a tab row on a desktop. */
function SectionNav({ current, onCurrent }: { current: SectionId; onCurrent: () => void }) {
  return (
    <nav className="section-nav" aria-label="Sections">
      <ul>
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <a
              href={sectionHash(section.id)}
              aria-current={section.id === current ? 'page' : undefined}
              onClick={() => {
                // The link to the section in view changes no route: move the focus to it all the same.
                if (section.id === current) onCurrent();
              }}
            >
              {section.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The section in view, its heading focused when the trader navigates to it (not on the first load). */
export function Workspace() {
  const current = useSection();
  usePrefetchSections();
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [current]);
  const section = SECTIONS.find((s) => s.id === current) ?? SECTIONS[0];
  const Lazy = current === 'size' ? null : LAZY[current];
  return (
    <>
      <SectionNav
        current={current}
        onCurrent={() => {
          heading.current?.focus();
        }}
      />
      <main className="section" aria-labelledby="section-title">
        <h2 id="section-title" className="section__title" tabIndex={-1} ref={heading}>
          {section.title}
        </h2>
        <ErrorBoundary name={section.title}>
          {Lazy === null ? (
            <SizeSection />
          ) : (
            <Suspense fallback={<p className="chart-placeholder">Loading {section.label}…</p>}>
              <Lazy />
            </Suspense>
          )}
        </ErrorBoundary>
      </main>
    </>
  );
}
