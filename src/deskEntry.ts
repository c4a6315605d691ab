/**
 * The desk's chunk: loading it starts the desk (boot.ts: clock, saved state, share links, saving) and
 * gives the component that shows it. The page's first paint needs none of it (see App.tsx).
 */
import './boot';

export { Desk } from './Desk';
