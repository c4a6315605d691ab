/**
 * Test support: which React components render, counted from React's own commits (no timing, no change to
 * the components). It stands in for the React DevTools hook, which react-dom looks for once, when it loads:
 * tests/setupDom.ts imports this module before anything imports react-dom.
 *
 * A component rendered in a commit when its fiber was worked on in that render and its function ran to new
 * children: React sets the fiber's PerformedWork flag then (the test React DevTools itself uses). A fiber that
 * React did not visit is the very object of the previous commit's tree, with that commit's stale flags, so
 * while recording, each root's fibers are remembered at every commit and the next one counts only fibers that
 * are new objects. Outside a recording a commit costs the hook one set insertion.
 *
 * Fibers are React's internals: only the few fields below are read, the ones React DevTools reads too.
 */

/** The fields of a React fiber read here. */
interface Fiber {
  readonly tag: number;
  readonly type: unknown;
  readonly flags: number;
  readonly memoizedProps: unknown;
  readonly alternate: Fiber | null;
  readonly child: Fiber | null;
  readonly sibling: Fiber | null;
}

interface FiberRoot {
  readonly current: Fiber;
}

/** React's work tags of components that run code of the app (function, class, forwardRef, memo). */
const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
/** React's PerformedWork fiber flag. */
const PERFORMED_WORK = 1;

/** A component's name: its displayName or function name, through memo and forwardRef wrappers. */
function componentName(type: unknown): string {
  if (typeof type === 'function') {
    const named = type as { displayName?: string; name: string };
    return named.displayName ?? (named.name === '' ? 'Anonymous' : named.name);
  }
  if (typeof type === 'object' && type !== null) {
    const wrapper = type as { displayName?: string; type?: unknown; render?: unknown };
    if (wrapper.displayName !== undefined) return wrapper.displayName;
    if (wrapper.type !== undefined) return componentName(wrapper.type);
    if (wrapper.render !== undefined) return componentName(wrapper.render);
  }
  return 'Unknown';
}

/** The first of the props `id`, `outputKey`, `inputKey` that is a string. */
function keyOf(props: unknown): string | undefined {
  if (typeof props !== 'object' || props === null) return undefined;
  const { id, outputKey, inputKey } = props as Record<string, unknown>;
  return [id, outputKey, inputKey].find((value): value is string => typeof value === 'string');
}

/** One component's render: its name and, when its props name one, the input or figure it shows. */
export interface ComponentRender {
  readonly component: string;
  /** The `id`, `outputKey` or `inputKey` prop, when the component has one ("out-totalRisk", "equity"). */
  readonly key: string | undefined;
}

/** Every root that has committed (the trees are walked only while recording). */
const roots = new Set<FiberRoot>();
/** Each root's fibers as of its last commit while recording. */
const committed = new WeakMap<FiberRoot, WeakSet<Fiber>>();
let recording: ComponentRender[] | null = null;

/** Walks a root's tree; each component fiber that is not in `previous` and did its work goes to `renders`. */
function walk(root: FiberRoot, previous: WeakSet<Fiber>, renders: ComponentRender[] | null): void {
  const seen = new WeakSet<Fiber>();
  const stack: Fiber[] = [root.current];
  for (let fiber = stack.pop(); fiber !== undefined; fiber = stack.pop()) {
    seen.add(fiber);
    if (
      renders !== null &&
      COMPONENT_TAGS.has(fiber.tag) &&
      !previous.has(fiber) &&
      (fiber.alternate === null || (fiber.flags & PERFORMED_WORK) !== 0)
    ) {
      renders.push({ component: componentName(fiber.type), key: keyOf(fiber.memoizedProps) });
    }
    if (fiber.sibling !== null) stack.push(fiber.sibling);
    if (fiber.child !== null) stack.push(fiber.child);
  }
  committed.set(root, seen);
}

function onCommit(root: FiberRoot): void {
  roots.add(root);
  if (recording !== null) walk(root, committed.get(root) ?? new WeakSet<Fiber>(), recording);
}

/** Installs the stand-in hook; a page that already has one (a real React DevTools) keeps its own. */
function install(): void {
  const scope = globalThis as { __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown };
  if (scope.__REACT_DEVTOOLS_GLOBAL_HOOK__ !== undefined) return;
  scope.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onCommitFiberRoot: (_id: number, root: FiberRoot) => {
      onCommit(root);
    },
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
  };
}

install();

/** Runs `action` and returns every component render of the commits it caused, in commit order (mounts too). */
export async function recordRenders(action: () => Promise<void> | void): Promise<ComponentRender[]> {
  // Every tree as it stands: what the action's commits leave untouched is these very fibers.
  for (const root of roots) walk(root, new WeakSet<Fiber>(), null);
  const renders: ComponentRender[] = [];
  recording = renders;
  try {
    await action();
    return renders;
  } finally {
    recording = null;
  }
}
