/**
 * The one store: the raw input texts, the book's rows, the typed figures computed from them and their
 * display text, set together by every action (compute on write, synchronously: computeDesk, then the
 * presenter's view, whose sections are formatted when a panel first reads them and kept while their
 * figures are unchanged). Panels read single values through the named selectors in selectors.ts.
 */
import { create } from 'zustand';
import {
  bookToCsv,
  computeDesk,
  convertRiskText,
  createDeskPresenter,
  CONTRACT_SYMBOLS,
  COST_FIELDS,
  costKey,
  DEFAULT_INPUTS,
  memoizeLast,
  multiplierText,
  type BarsImport,
  type BarsStudy,
  type BookField,
  type BookRow,
  type CalendarDate,
  type DeskFigures,
  type DeskNow,
  type DeskView,
  type InputKey,
  type Inputs,
  type RiskMode,
  type Side,
  type SizedLeg,
  type Dec,
  logTimeText,
  logToCsv,
  type LogField,
  type UserEventField,
  type UserEventText,
  type CustomProductField,
  type CustomProductRow,
} from '../core';
import type { PlanSectionModule, PlanSectionFigures, PlanView } from '../core/plan/planDoor';
import type { PortfolioAssetBars } from '../core/portfolio/portfolioBars';
import type { PortfolioFigures } from '../core/portfolio/portfolioDesk';
import type { PortfolioSectionModule, PortfolioView } from '../core/portfolio/portfolioDoor';
import {
  emptyPortfolioRow,
  nextPortfolioRowNumber,
  type PortfolioRowField,
} from '../core/portfolio/portfolioRows';
import { parseBarsOffThread } from './barsClient';
import {
  EMPTY_LOG,
  EMPTY_PORTFOLIO,
  MAX_CUSTOM_PRODUCTS,
  type Notice,
  type SavedCopy,
  type SavedLog,
  type SavedPortfolio,
} from './persistence';

/** What the Saved copies list can do with a copy (set by hydrate, which owns the storage). */
export interface CopyActions {
  /** Replaces the inputs and book with the copy's; false when it cannot be read. */
  readonly restore: (key: string) => boolean;
  readonly download: (key: string) => void;
  readonly remove: (key: string) => void;
}

/** Bar text as imported or pasted: what is saved and shown. */
export interface BarsSource {
  readonly sourceName: string;
  readonly text: string;
}

/** The source's bars, parsed (asynchronously: the parser is loaded on first use). */
export interface LoadedBars {
  readonly source: BarsSource;
  readonly parsed: BarsImport;
  /** studyBars for this series, memoised on (period, multiplier). */
  readonly study: (period: number, multiplier: number) => BarsStudy;
}

export interface DeskState {
  /** Today on the trader's calendar, set by the app from its clock (null until then: no calendar figures). */
  readonly today: CalendarDate | null;
  /** The current instant and the trader's time zone, set by the app's clock (tests set a fixed one). */
  readonly now: DeskNow | null;
  readonly inputs: Inputs;
  readonly book: readonly BookRow[];
  /** Today's trade log (Plan section): rows as typed and the times the trader overrode a pause. */
  readonly log: SavedLog;
  /** The Plan section's code, once the section has loaded it (its figures are computed from then on). */
  readonly planSection: LoadedPlanSection | null;
  /** The display text of the Plan section's own figures; null until its code is loaded. */
  readonly planView: PlanView | null;
  /** The trader's own calendar events (Calendar section), rows as typed; saved and shared like the book. */
  readonly userEvents: readonly UserEventText[];
  /**
   * The trader's custom contracts (Contracts section), rows as typed; saved and shared like the book. The
   * accepted ones are in `figures.registry`, every panel's products; a refused row keeps its messages there.
   */
  readonly customProducts: readonly CustomProductRow[];
  /** The Portfolio section's asset rows and typed correlations, as typed; saved and shared like the book. */
  readonly portfolio: SavedPortfolio;
  /** Each portfolio asset's bar text as imported or pasted, by symbol (set at once on import). */
  readonly portfolioBarsSources: ReadonlyMap<string, BarsSource>;
  /** Each portfolio asset's parsed bars, by symbol, once parsed. */
  readonly portfolioBars: ReadonlyMap<string, PortfolioAssetBars>;
  /** The Portfolio section's code, once the section has loaded it (its figures are computed from then on). */
  readonly portfolioSection: LoadedPortfolioSection | null;
  /** The display text of the Portfolio section; null until its code is loaded. */
  readonly portfolioView: PortfolioView | null;
  /** Every figure computed from `inputs`, `book`, `today` and `bars` (typed: decimals, counts, enums, dates). */
  readonly figures: DeskFigures;
  /** The display text of `figures`, per section; a section keeps its object while its figures are unchanged. */
  readonly view: DeskView;
  /** The bar text being used; set at once on import or paste. */
  readonly barsSource: BarsSource | null;
  /** The parsed bars for `barsSource`, once parsed (null before and without bars). */
  readonly bars: LoadedBars | null;
  readonly notices: readonly Notice[];
  /** Set-aside copies of saved inputs (before a share link, damaged, newer, unknown entries). */
  readonly savedCopies: readonly SavedCopy[];
  readonly copyActions: CopyActions | null;
  setSavedCopies: (copies: readonly SavedCopy[]) => void;
  setCopyActions: (actions: CopyActions) => void;
  /** Sets today's date (the app's clock, or a test's fixed day) and recomputes when it changed. */
  setToday: (today: CalendarDate) => void;
  /** Sets the current instant and time zone (the app's clock ticks it; tests fix it) and recomputes. */
  setNow: (now: DeskNow) => void;
  /**
   * Sets one input and recomputes. Typing into a stop field selects its stop method, and typing into the
   * spread's beta or a leg's ATR selects that hedge method, in the same recompute (see METHOD_OF_FIELD).
   */
  setInput: (key: InputKey, text: string) => void;
  /** Sets several inputs in one recompute, exactly as given (no method is selected for them). */
  setInputs: (changes: Partial<Record<InputKey, string>>) => void;
  /** Switches risk between % of equity and fixed dollars, converting the typed amount to keep the budget. */
  setRiskMode: (mode: RiskMode) => void;
  /** Registers the Plan section's code (when the section mounts) and recomputes with it; once is enough. */
  setPlanSection: (module: PlanSectionModule) => void;
  /**
   * Replaces the inputs and the book at once (restoring a save or a share link); the collections given
   * replace theirs, and a collection not given is emptied (a save from before it existed holds none).
   */
  replaceAll: (inputs: Inputs, book: readonly BookRow[], collections?: StoredCollections) => void;
  /** Uses `text` as the bars (a file's content or pasted text); resolves once they are parsed. */
  importBars: (text: string, sourceName: string) => Promise<void>;
  clearBars: () => void;
  /** Copies the ATR computed from the bars into the stop's ATR field and switches the stop to ATR. */
  useAtrFromBars: () => void;
  /** Puts every contract's margins and commission back to the shipped defaults. */
  resetContractCosts: () => void;
  /** Adds an empty position row (the sizer's contract, long). */
  addBookRow: () => void;
  updateBookRow: (id: string, field: BookField, text: string) => void;
  removeBookRow: (id: string) => void;
  /** Adds the sizer's position (every leg) to the book; returns what was added ("4 M2K long"), null if nothing. */
  addSizedToBook: () => string | null;
  /** Adds both legs of the planned spread to the book; returns what was added, null while there is no spread. */
  addSpreadToBook: () => string | null;
  /** The book as CSV (`Export book`): what was typed, with each row's open P&L, risk and note. */
  exportBookCsv: () => string;
  addNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
  /** Adds a trade log row: the time now (the trader's HH:MM), the sizer's contract and side. */
  addLogRow: () => void;
  updateLogRow: (id: string, field: LogField, text: string) => void;
  removeLogRow: (id: string) => void;
  /** Ends a circuit-breaker pause that may be overridden, logging the time; false when there is none. */
  overrideBreaker: () => boolean;
  /** The trade log as CSV (cells escaped), or null until the time is known. */
  logCsv: () => string | null;
  /** Adds an empty event row (importance high) to the trader's events. */
  addUserEvent: () => void;
  updateUserEvent: (id: string, field: UserEventField, text: string) => void;
  removeUserEvent: (id: string) => void;
  /** Adds an empty custom contract row; nothing happens at MAX_CUSTOM_PRODUCTS rows. */
  addCustomProduct: () => void;
  updateCustomProduct: (id: string, field: CustomProductField, text: string) => void;
  removeCustomProduct: (id: string) => void;
  /**
   * Puts the offered `Event ATR multiplier` into `ATR multiplier` (the sizer's one-click offer); nothing
   * happens while nothing is offered. Never called by the store itself: only the trader's click changes it.
   */
  applyEventAtrMultiplier: () => void;
  /** Registers the Portfolio section's code (when the section mounts) and recomputes with it; once is enough. */
  setPortfolioSection: (module: PortfolioSectionModule) => void;
  /** Adds an asset row (the sizer's contract, long, stop in points). */
  addPortfolioRow: () => void;
  updatePortfolioRow: (id: string, field: PortfolioRowField, text: string) => void;
  removePortfolioRow: (id: string) => void;
  /** Sets the typed correlation of a pair (`pairKey`); an empty text removes it. */
  setPortfolioCorrelation: (key: string, text: string) => void;
  /** Uses `text` as `symbol`'s bars (a file's content or pasted text); resolves once they are parsed. */
  importPortfolioBars: (symbol: string, text: string, sourceName: string) => Promise<void>;
  clearPortfolioBars: (symbol: string) => void;
}

/** The collections besides the book that a save or a share link restores. */
export interface StoredCollections {
  readonly log?: SavedLog;
  readonly userEvents?: readonly UserEventText[];
  readonly customProducts?: readonly CustomProductRow[];
  readonly portfolio?: SavedPortfolio;
}

interface Computed {
  readonly today: CalendarDate | null;
  readonly now: DeskNow | null;
  readonly inputs: Inputs;
  readonly book: readonly BookRow[];
  readonly userEvents: readonly UserEventText[];
  readonly customProducts: readonly CustomProductRow[];
  readonly bars: LoadedBars | null;
  readonly log: SavedLog;
  readonly planSection: LoadedPlanSection | null;
  readonly portfolio: SavedPortfolio;
  readonly portfolioBars: ReadonlyMap<string, PortfolioAssetBars>;
  readonly portfolioSection: LoadedPortfolioSection | null;
}

/** What every recompute sets together. */
interface Derived {
  readonly figures: DeskFigures;
  readonly view: DeskView;
  readonly planView: PlanView | null;
  readonly portfolioView: PortfolioView | null;
}

/** The Portfolio section's code as the store uses it: its compute and its presenter (with its memory). */
export interface LoadedPortfolioSection {
  readonly compute: PortfolioSectionModule['compute'];
  readonly present: (figures: PortfolioFigures) => PortfolioView;
}

/** The Plan section's code as the store uses it: its compute and its presenter (with its memory). */
export interface LoadedPlanSection {
  readonly compute: PlanSectionModule['compute'];
  readonly present: (figures: PlanSectionFigures) => PlanView;
}

/** The store's presenter: one for its lifetime, so unchanged sections keep their view objects. */
const present = createDeskPresenter();

function recompute(computed: Computed): Derived {
  const { today, now, inputs, book, userEvents, customProducts, bars, log, planSection } = computed;
  const env = {
    today,
    now,
    studyBars: bars?.study ?? null,
    bars: bars?.parsed.series ?? null,
    planSection: planSection?.compute ?? null,
    portfolioSection: computed.portfolioSection?.compute ?? null,
    portfolioBars: computed.portfolioBars,
  };
  const figures = computeDesk(inputs, env, book, {
    tradeLog: log.rows,
    breakerOverridesMs: log.overridesMs,
    userEvents,
    customProducts,
    portfolioRows: computed.portfolio.rows,
    portfolioCorrelations: computed.portfolio.correlations,
  });
  const view = present(figures);
  const section = figures.plan.section;
  const planView = planSection === null || section === null ? null : planSection.present(section);
  const portfolioFigures = figures.portfolio;
  const portfolioView =
    computed.portfolioSection === null || portfolioFigures === null
      ? null
      : computed.portfolioSection.present(portfolioFigures);
  return { figures, view, planView, portfolioView };
}

/** Parses an asset's bar text off the main thread and reduces it to what the planner uses. */
async function loadPortfolioBars(symbol: string, source: BarsSource): Promise<PortfolioAssetBars> {
  const [parsed, { portfolioAssetBars }] = await Promise.all([
    parseBarsOffThread(source.text, source.sourceName),
    import('../core/portfolio/portfolioBars'),
  ]);
  return portfolioAssetBars(symbol, source.sourceName, parsed);
}

const NO_PORTFOLIO_BARS: ReadonlyMap<string, PortfolioAssetBars> = new Map();
const NO_PORTFOLIO_SOURCES: ReadonlyMap<string, BarsSource> = new Map();

/** `map` with `key` set to `value`, or removed when `value` is undefined (a new map: the store's maps are immutable). */
function withEntry<V>(
  map: ReadonlyMap<string, V>,
  key: string,
  value: V | undefined,
): ReadonlyMap<string, V> {
  const next = new Map(map);
  if (value === undefined) next.delete(key);
  else next.set(key, value);
  return next;
}

/**
 * Typing into these fields selects the method that uses them: a stop price, a stop in ticks or an ATR
 * selects that stop method; the spread's beta selects the beta method, a leg's ATR the volatility method.
 * (The ATR multiplier does not: it also shapes the bars' stop bands.)
 */
export const METHOD_OF_FIELD: Readonly<Partial<Record<InputKey, Partial<Record<InputKey, string>>>>> = {
  stopPrice: { stopMethod: 'price' },
  stopTicks: { stopMethod: 'ticks' },
  atr: { stopMethod: 'atr' },
  spreadBeta: { spreadMethod: 'beta' },
  spreadLongAtr: { spreadMethod: 'volatility' },
  spreadShortAtr: { spreadMethod: 'volatility' },
};

/**
 * Parses bar text in a Web Worker (barsClient.ts), then loads the ATR study on the main thread; the study
 * is memoised per (period, multiplier).
 */
export async function loadBars(source: BarsSource): Promise<LoadedBars> {
  const [parsed, { studyBars }] = await Promise.all([
    // The worker also prepares the stored form, so saving never sends the text to it again.
    parseBarsOffThread(source.text, source.sourceName),
    import('../core/barsStudy'),
  ]);
  const study = memoizeLast((period: number, multiplier: number) =>
    studyBars(parsed.series, period, multiplier),
  );
  return { source, parsed, study };
}

/** The number of the next free row id ("p1", "p2", …): one more than the largest in use, so ids survive reloads. */
function nextRowNumber(book: readonly BookRow[]): number {
  return book.reduce((max, row) => Math.max(max, Number(/^p(\d+)$/.exec(row.id)?.[1] ?? 0)), 0) + 1;
}

/** Book rows for the legs of a position (zero-count legs left out), prices at the contract's tick precision. */
function rowsFor(
  book: readonly BookRow[],
  legs: readonly SizedLeg[],
  side: Side,
  entry: Dec,
  stop: Dec | null,
): BookRow[] {
  const first = nextRowNumber(book);
  // A typed price, as the trader would type it: the contract's tick precision, no thousands separators.
  const plain = (price: Dec, leg: SizedLeg) => price.toFixed(leg.spec.priceDecimals);
  return legs
    .filter((leg) => leg.count > 0)
    .map((leg, i) => ({
      id: `p${first + i}`,
      symbol: leg.spec.symbol,
      side,
      quantity: String(leg.count),
      entry: plain(entry, leg),
      stop: stop === null ? '' : plain(stop, leg),
    }));
}

/** Overrides kept in the log: the newest ones (a pause needs only the latest). */
const MAX_OVERRIDES = 20;

/** The number of the next free log row id ("t1", "t2", …). */
function nextLogNumber(rows: readonly { readonly id: string }[]): number {
  return rows.reduce((max, row) => Math.max(max, Number(/^t(\d+)$/.exec(row.id)?.[1] ?? 0)), 0) + 1;
}

/** The number of the next free event id ("e1", "e2", …): one more than the largest in use. */
function nextEventNumber(rows: readonly UserEventText[]): number {
  return rows.reduce((max, row) => Math.max(max, Number(/^e(\d+)$/.exec(row.id)?.[1] ?? 0)), 0) + 1;
}

/** The number of the next free custom contract id ("c1", "c2", …): one more than the largest in use. */
function nextCustomNumber(rows: readonly CustomProductRow[]): number {
  return rows.reduce((max, row) => Math.max(max, Number(/^c(\d+)$/.exec(row.id)?.[1] ?? 0)), 0) + 1;
}

/** "29 M2K long, 10 MES short". */
function describeRows(rows: readonly BookRow[]): string {
  return rows.map((row) => `${row.quantity} ${row.symbol} ${row.side}`).join(', ');
}

export const useDesk = create<DeskState>()((set, get) => {
  /** Sets inputs and/or book and the result computed from them, in one update. */
  const commit = (changes: Partial<Computed>) => {
    const state = get();
    const { today, now, inputs, book, userEvents, customProducts, bars, log, planSection } = state;
    const { portfolio, portfolioBars, portfolioSection } = state;
    set({
      ...changes,
      ...recompute({
        today,
        now,
        inputs,
        book,
        userEvents,
        customProducts,
        bars,
        log,
        planSection,
        portfolio,
        portfolioBars,
        portfolioSection,
        ...changes,
      }),
    });
  };
  return {
    today: null,
    now: null,
    inputs: DEFAULT_INPUTS,
    book: [],
    log: EMPTY_LOG,
    planSection: null,
    userEvents: [],
    customProducts: [],
    portfolio: EMPTY_PORTFOLIO,
    portfolioBars: NO_PORTFOLIO_BARS,
    portfolioBarsSources: NO_PORTFOLIO_SOURCES,
    portfolioSection: null,
    ...recompute({
      today: null,
      now: null,
      inputs: DEFAULT_INPUTS,
      book: [],
      bars: null,
      log: EMPTY_LOG,
      planSection: null,
      userEvents: [],
      customProducts: [],
      portfolio: EMPTY_PORTFOLIO,
      portfolioBars: NO_PORTFOLIO_BARS,
      portfolioSection: null,
    }),
    barsSource: null,
    bars: null,
    notices: [],
    savedCopies: [],
    copyActions: null,
    setSavedCopies: (savedCopies) => {
      set({ savedCopies });
    },
    setCopyActions: (copyActions) => {
      set({ copyActions });
    },
    setToday: (today) => {
      const before = get().today;
      if (before?.year !== today.year || before.month !== today.month || before.day !== today.day) {
        commit({ today });
      }
    },
    setNow: (now) => {
      const before = get().now;
      if (before?.ms !== now.ms || before.timeZone !== now.timeZone) commit({ now });
    },
    setInput: (key, text) => {
      const { inputs } = get();
      if (inputs[key] !== text) commit({ inputs: { ...inputs, ...METHOD_OF_FIELD[key], [key]: text } });
    },
    setInputs: (changes) => {
      commit({ inputs: { ...get().inputs, ...changes } });
    },
    setRiskMode: (mode) => {
      const { inputs } = get();
      const converted = convertRiskText(inputs, mode);
      commit({ inputs: { ...inputs, riskMode: mode, riskPerTrade: converted ?? inputs.riskPerTrade } });
    },
    setPlanSection: (module) => {
      if (get().planSection?.compute === module.compute) return;
      commit({ planSection: { compute: module.compute, present: module.createPresenter() } });
    },
    replaceAll: (inputs, book, collections = {}) => {
      commit({
        inputs,
        book,
        log: collections.log ?? EMPTY_LOG,
        userEvents: collections.userEvents ?? [],
        customProducts: collections.customProducts ?? [],
        portfolio: collections.portfolio ?? EMPTY_PORTFOLIO,
      });
    },
    importBars: async (text, sourceName) => {
      const source = { text, sourceName };
      set({ barsSource: source });
      const bars = await loadBars(source);
      // A later import or a clear may have happened while this one was parsing: keep only the latest.
      if (get().barsSource !== source) return;
      commit({ bars });
    },
    clearBars: () => {
      set({ barsSource: null });
      commit({ bars: null });
    },
    useAtrFromBars: () => {
      const { inputs, figures } = get();
      const atrText = figures.bars.study?.atrText ?? null;
      if (atrText !== null) commit({ inputs: { ...inputs, atr: atrText, stopMethod: 'atr' } });
    },
    resetContractCosts: () => {
      const next: Record<InputKey, string> = { ...get().inputs };
      for (const symbol of CONTRACT_SYMBOLS) {
        for (const field of COST_FIELDS)
          next[costKey(symbol, field)] = DEFAULT_INPUTS[costKey(symbol, field)];
      }
      commit({ inputs: next });
    },
    addBookRow: () => {
      const { book, inputs } = get();
      const row = {
        id: `p${nextRowNumber(book)}`,
        symbol: inputs.symbol,
        side: 'long',
        quantity: '',
        entry: '',
        stop: '',
      };
      commit({ book: [...book, row] });
    },
    updateBookRow: (id, field, text) => {
      commit({ book: get().book.map((row) => (row.id === id ? { ...row, [field]: text } : row)) });
    },
    removeBookRow: (id) => {
      commit({ book: get().book.filter((row) => row.id !== id) });
    },
    addSizedToBook: () => {
      const { book, figures } = get();
      const position = figures.sizer.position;
      if (position === null || position.legs.length === 0) return null;
      // The circuit breaker holds the desk: nothing is added while it is not clear.
      if ((figures.plan.breaker?.state ?? 'clear') !== 'clear') return null;
      const rows = rowsFor(book, position.legs, position.side, position.entry, position.stop);
      commit({ book: [...book, ...rows] });
      return describeRows(rows);
    },
    addSpreadToBook: () => {
      const { book, figures } = get();
      const spread = figures.spread.planned;
      if (spread === null) return null;
      // A spread is planned without stops: the trader types them into the book.
      const longRows = rowsFor(book, [spread.long], 'long', spread.long.price, null);
      const shortRows = rowsFor([...book, ...longRows], spread.shortLegs, 'short', spread.shortPrice, null);
      commit({ book: [...book, ...longRows, ...shortRows] });
      return describeRows([...longRows, ...shortRows]);
    },
    exportBookCsv: () => {
      const { book, figures, view } = get();
      return bookToCsv(
        book.map((row) => {
          const computed = figures.book.rows.get(row.id);
          return {
            row,
            openPnlUsd: computed?.openPnlUsd ?? null,
            riskUsd: computed?.riskUsd ?? null,
            note: view.book.rows.get(row.id)?.note ?? '',
          };
        }),
      );
    },
    addNotice: (notice) => {
      set({ notices: [...get().notices.filter((n) => n.id !== notice.id), notice] });
    },
    dismissNotice: (id) => {
      set({ notices: get().notices.filter((n) => n.id !== id) });
    },
    addLogRow: () => {
      const { log, inputs, now } = get();
      const row = {
        id: `t${nextLogNumber(log.rows)}`,
        time: now === null ? '' : logTimeText(now.ms, now.timeZone),
        symbol: inputs.symbol,
        side: inputs.side,
        quantity: '',
        entry: '',
        exit: '',
      };
      commit({ log: { ...log, rows: [...log.rows, row] } });
    },
    updateLogRow: (id, field, text) => {
      const { log } = get();
      commit({
        log: { ...log, rows: log.rows.map((row) => (row.id === id ? { ...row, [field]: text } : row)) },
      });
    },
    removeLogRow: (id) => {
      const { log } = get();
      commit({ log: { ...log, rows: log.rows.filter((row) => row.id !== id) } });
    },
    overrideBreaker: () => {
      const { log, now, figures } = get();
      if (now === null || figures.plan.breaker?.overridable !== true) return false;
      commit({ log: { ...log, overridesMs: [...log.overridesMs, now.ms].slice(-MAX_OVERRIDES) } });
      return true;
    },
    logCsv: () => {
      const { log, figures } = get();
      const read = figures.plan.log.log;
      return read === null ? null : logToCsv(log.rows, read);
    },
    addUserEvent: () => {
      const { userEvents } = get();
      const row: UserEventText = {
        id: `e${nextEventNumber(userEvents)}`,
        date: '',
        title: '',
        importance: 'high',
      };
      commit({ userEvents: [...userEvents, row] });
    },
    updateUserEvent: (id, field, text) => {
      commit({
        userEvents: get().userEvents.map((row) => (row.id === id ? { ...row, [field]: text } : row)),
      });
    },
    removeUserEvent: (id) => {
      commit({ userEvents: get().userEvents.filter((row) => row.id !== id) });
    },
    addCustomProduct: () => {
      const { customProducts } = get();
      if (customProducts.length >= MAX_CUSTOM_PRODUCTS) return;
      const row: CustomProductRow = {
        id: `c${nextCustomNumber(customProducts)}`,
        symbol: '',
        name: '',
        pointValue: '',
        tick: '',
        pairsWith: '',
        ratio: '',
        initial: '',
        maintenance: '',
        dayTrade: '',
        commission: '',
      };
      commit({ customProducts: [...customProducts, row] });
    },
    updateCustomProduct: (id, field, text) => {
      commit({
        customProducts: get().customProducts.map((row) => (row.id === id ? { ...row, [field]: text } : row)),
      });
    },
    removeCustomProduct: (id) => {
      commit({ customProducts: get().customProducts.filter((row) => row.id !== id) });
    },
    applyEventAtrMultiplier: () => {
      const { inputs, figures } = get();
      const holding = figures.calendar.holding;
      if (holding?.offer !== true || holding.suggestedMultiplier === null) return;
      commit({ inputs: { ...inputs, atrMultiplier: multiplierText(holding.suggestedMultiplier) } });
    },
    setPortfolioSection: (module) => {
      if (get().portfolioSection?.compute === module.compute) return;
      commit({ portfolioSection: { compute: module.compute, present: module.createPresenter() } });
    },
    addPortfolioRow: () => {
      const { portfolio, inputs } = get();
      const row = emptyPortfolioRow(`a${nextPortfolioRowNumber(portfolio.rows)}`, inputs.symbol);
      commit({ portfolio: { ...portfolio, rows: [...portfolio.rows, row] } });
    },
    updatePortfolioRow: (id, field, text) => {
      const { portfolio } = get();
      const rows = portfolio.rows.map((row) => (row.id === id ? { ...row, [field]: text } : row));
      commit({ portfolio: { ...portfolio, rows } });
    },
    removePortfolioRow: (id) => {
      const { portfolio } = get();
      commit({ portfolio: { ...portfolio, rows: portfolio.rows.filter((row) => row.id !== id) } });
    },
    setPortfolioCorrelation: (key, text) => {
      const { portfolio } = get();
      const kept = Object.entries(portfolio.correlations).filter(([pair]) => pair !== key);
      const correlations = Object.fromEntries(text === '' ? kept : [...kept, [key, text]]);
      commit({ portfolio: { ...portfolio, correlations } });
    },
    importPortfolioBars: async (symbol, text, sourceName) => {
      const source = { text, sourceName };
      set({ portfolioBarsSources: withEntry(get().portfolioBarsSources, symbol, source) });
      const loaded = await loadPortfolioBars(symbol, source);
      // A later import or a clear of this asset may have happened meanwhile: keep only the latest.
      if (get().portfolioBarsSources.get(symbol) !== source) return;
      commit({ portfolioBars: withEntry(get().portfolioBars, symbol, loaded) });
    },
    clearPortfolioBars: (symbol) => {
      set({ portfolioBarsSources: withEntry(get().portfolioBarsSources, symbol, undefined) });
      commit({ portfolioBars: withEntry(get().portfolioBars, symbol, undefined) });
    },
  };
});
