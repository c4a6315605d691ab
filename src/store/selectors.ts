/**
 * Named selectors: panels read the store only through these. Each returns a primitive (a display text, a
 * flag, an enum) or an object the store keeps while it is unchanged (a section's list, the chart's line),
 * so a keystroke re-renders only what changed and no panel reaches into the figures or compares display
 * text to decide anything (a margin call is a boolean, a limit's level an enum).
 */
import { useShallow } from 'zustand/react/shallow';
import {
  familyReference,
  outputText,
  NO_VALUE,
  type AccountLevels,
  type AccountOutputs,
  type BandPoint,
  type BarsOutputs,
  type BestMatchView,
  type BookField,
  type BookOutputs,
  type BookRowView,
  type DeskOutputs,
  type FamilyLevelsView,
  type HedgeOutputs,
  type InputKey,
  type LadderRungView,
  type LimitLevel,
  type StressScenario,
  type ScenarioView,
  type SizerOutputs,
  type SpreadOutputs,
  type StressLine,
  type LogField,
  type LogRowView,
  type PlanLogOutputs,
  type TradeLogRow,
  type CalendarView,
  type GapBinView,
  type GapRowView,
  type MonthDayView,
  type NextEventView,
  type SessionChangeView,
  type UserEventField,
  type UserEventText,
  customProductNote,
  memoizeLast,
  presentCatalogue,
  type CatalogueGroupView,
  type CustomProductField,
} from '../core';
import type {
  BracketLegView,
  BracketOutcomeView,
  GrowthChart,
  MonteCarloPlan,
  PlanOutputs,
} from '../core/plan/planDoor';
import type {
  CorrelationView,
  PortfolioOutputs,
  PortfolioRowView,
  ScalingView,
} from '../core/portfolio/portfolioDoor';
import type { PortfolioRowField, PortfolioRowText } from '../core';
import type { ProductRegistry, ProductSpec } from '../core/products/registry';
import { noLimitsText } from '../core/present/presentStress';
import { useDesk } from './deskStore';

/** The raw text of an input, exactly as typed. */
export function useInputText(key: InputKey): string {
  return useDesk((s) => s.inputs[key]);
}

/** The message for an input, or undefined when it is fine. */
export function useFieldError(key: InputKey): string | undefined {
  return useDesk((s) => s.figures.fieldErrors[key]);
}

/** The warning for an input whose value is used but looks wrong, or undefined. */
export function useFieldWarning(key: InputKey): string | undefined {
  return useDesk((s) => s.figures.fieldWarnings[key]);
}

/** A computed figure as display text by its flat output key ("—" when it cannot be computed). */
export function useOutput(key: keyof DeskOutputs): string {
  return useDesk((s) => outputText(s.view, key));
}

/** A note's text by output key, or undefined when no key is given (an output without a note). */
export function useOutputNote(key: keyof DeskOutputs | undefined): string | undefined {
  return useDesk((s) => (key === undefined ? undefined : outputText(s.view, key)));
}

/** The store's setter for one input (stable across renders). */
export function useSetInput(): (key: InputKey, text: string) => void {
  return useDesk((s) => s.setInput);
}

// Section texts: the same strings as useOutput, read from their section of the view.

/** A text of the risk bar ("accountEquity", "riskBudgetNote", …). */
export function useAccountText(key: keyof AccountOutputs): string {
  return useDesk((s) => s.view.account[key]);
}

/** A text of the risk bar, or empty without a key (a figure without a note). */
export function useAccountNote(key: keyof AccountOutputs | undefined): string {
  return useDesk((s) => (key === undefined ? '' : s.view.account[key]));
}

/** A text of the sizer ("contracts", "stopAt", "sizingNote", …). */
export function useSizerText(key: keyof SizerOutputs): string {
  return useDesk((s) => s.view.sizer[key]);
}

/** True when the sizer has an order ticket to copy. */
export function useHasTicket(): boolean {
  return useDesk((s) => s.view.sizer.ticket !== '');
}

/**
 * The sizer's order ticket as it is now, for an event handler: reading it there rather than through a
 * subscription spares the copy button a render on every keystroke that changes the ticket.
 */
export function currentTicket(): string {
  return useDesk.getState().view.sizer.ticket;
}

/** A text of the spread planner ("spreadHedgeRatio", "spreadPnlNote", …). */
export function useSpreadText(key: keyof SpreadOutputs): string {
  return useDesk((s) => s.view.spread[key]);
}

/** A text of the book's totals ("bookNetNotional", "bookLeftOut", …). */
export function useBookText(key: keyof BookOutputs): string {
  return useDesk((s) => s.view.book[key]);
}

/** A text of the hedge ("hedgePosition", "hedgeNote", …). */
export function useHedgeText(key: keyof HedgeOutputs): string {
  return useDesk((s) => s.view.hedge[key]);
}

/** A text of the imported bars ("atrFromBars", "atrFromBarsNote"). */
export function useBarsText(key: keyof BarsOutputs): string {
  return useDesk((s) => s.view.bars[key]);
}

// Account

/** How close an account limit is: 'ok', 'near' (from 80 % used) or 'over' (used up); 'ok' without a key. */
export function useAccountLevel(key: keyof AccountLevels | undefined): LimitLevel {
  return useDesk((s) => (key === undefined ? 'ok' : s.figures.account.levels[key]));
}

/** The sizer's price ladder as texts (the same array while the trade is unchanged; empty without a size). */
export function useLadder(): readonly LadderRungView[] {
  return useDesk((s) => s.view.ladder);
}

// Sizer and spread actions

/** True when the sizer has a position of at least one contract to add to the book. */
export function useCanAddToBook(): boolean {
  return useDesk((s) => (s.figures.sizer.position?.legs.length ?? 0) > 0);
}

/** True when the spread planner has a spread to add to the book. */
export function useCanAddSpread(): boolean {
  return useDesk((s) => s.figures.spread.planned !== null);
}

/** The best-matches table's rows as texts (the same array while the spread's figures are unchanged). */
export function useBestMatches(): readonly BestMatchView[] {
  return useDesk((s) => s.view.spread.bestMatches);
}

// Book

/** A book row's open P&L, risk or note as text ("—" / "" for a row the desk does not know yet). */
export function useBookRowText(id: string, field: keyof BookRowView): string {
  return useDesk((s) => s.view.book.rows.get(id)?.[field] ?? (field === 'note' ? '' : NO_VALUE));
}

/** The message at a book row's field, or undefined. */
export function useBookError(id: string, field: BookField): string | undefined {
  return useDesk((s) => s.figures.bookErrors[`${id}.${field}`]);
}

// Stress

/** The families of the book's valid positions, in the standard order (a stable array while unchanged). */
export function useStressFamilies(): readonly string[] {
  return useDesk(useShallow((s) => s.figures.stress.families));
}

/** A family's limit level or its mark as text at the family's tick precision ("—" without a usable mark). */
export function useStressLevel(family: string, key: keyof FamilyLevelsView): string {
  return useDesk((s) => s.view.stress.levels[family]?.[key] ?? NO_VALUE);
}

/** A family's mark as the trader would type it (no thousands separators), or undefined without one. */
export function useStressMarkInput(family: string): string | undefined {
  return useDesk((s) => {
    const levels = s.figures.stress.levels[family];
    return levels === undefined ? undefined : levels.mark.toFixed(levels.spec.priceDecimals);
  });
}

/** Why a family has no limit levels ("No daily price limit: … custom moves only."), or empty. */
export function useStressNoLimits(family: string): string {
  return useDesk((s) => {
    const spec = familyReference(family, s.figures.registry.registry);
    return spec === null ? '' : noLimitsText(spec);
  });
}

/** The family's heading: "RTY · Russell 2000", "GC · Gold", or a custom contract's name. */
export function useStressFamilyTitle(family: string): string {
  return useDesk((s) => {
    const spec = familyReference(family, s.figures.registry.registry);
    return `${family} · ${spec?.indexName ?? spec?.name ?? 'custom contract'}`;
  });
}

/** True when the family's mark is the newest book row's entry (no reference typed yet). */
export function useStressMarkFromBook(family: string): boolean {
  return useDesk((s) => s.figures.stress.levels[family]?.fromBook ?? false);
}

/** True when the family's levels come from the futures reference (no cash index close entered). */
export function useStressApproximate(family: string): boolean {
  return useDesk((s) => s.figures.stress.levels[family]?.approximate ?? false);
}

/** Why a family is left out of the scenarios, in words, or undefined when it is in. */
export function useStressProblem(family: string): string | undefined {
  return useDesk((s) => s.view.stress.problems[family]);
}

/** One line naming the families left out of the scenarios, or empty. */
export function useStressLeftOut(): string {
  return useDesk((s) => s.view.stress.leftOut);
}

/** A cell of the scenario table as text ("-$6,980.00", "Yes"). */
export function useScenarioCell(scenario: StressScenario, field: keyof ScenarioView): string {
  return useDesk((s) => s.view.stress.scenarios[scenario][field]);
}

/** True when the scenario ends in a margin call (for the alarm style; never decided from the text). */
export function useMarginCall(scenario: StressScenario): boolean {
  return useDesk((s) => s.figures.stress.scenarios[scenario]?.call ?? false);
}

/** The equity line of the stress chart, or null when not computable. */
export function useStressLine(): StressLine | null {
  return useDesk(useShallow((s) => s.figures.stress.line));
}

// Contract pickers

interface ContractOption {
  readonly value: string;
  readonly label: string;
}

const namedOptions = new WeakMap<ProductRegistry, readonly ContractOption[]>();
const symbolOptions = new WeakMap<ProductRegistry, readonly ContractOption[]>();

function optionsOf(
  cache: WeakMap<ProductRegistry, readonly ContractOption[]>,
  registry: ProductRegistry,
  label: (spec: ProductSpec) => string,
): readonly ContractOption[] {
  let options = cache.get(registry);
  if (options === undefined) {
    options = registry.products.map((spec) => ({ value: spec.symbol, label: label(spec) }));
    cache.set(registry, options);
  }
  return options;
}

/**
 * Every contract a picker offers (the built-ins, then the trader's custom contracts), labelled with its
 * name: "M2K — Micro E-mini Russell 2000". The same array while the registry is unchanged.
 */
export function useContractOptions(): readonly ContractOption[] {
  return useDesk((s) =>
    optionsOf(namedOptions, s.figures.registry.registry, (spec) => `${spec.symbol} — ${spec.name}`),
  );
}

/** Every contract by symbol only (compact rows: the book). */
export function useSymbolOptions(): readonly ContractOption[] {
  return useDesk((s) => optionsOf(symbolOptions, s.figures.registry.registry, (spec) => spec.symbol));
}

// Hedge

/** Contracts of `symbol` the hedge sells short (0 when it uses none), or null until computable. */
export function useHedgeLegCount(symbol: string): number | null {
  return useDesk((s) => {
    const position = s.figures.hedge.position;
    if (position === null) return null;
    return position.legs.find((leg) => leg.symbol === symbol)?.count ?? 0;
  });
}

// Bars

/** True when the imported bars give an ATR ("Use this ATR" can copy it). */
export function useHasAtrFromBars(): boolean {
  return useDesk((s) => s.figures.bars.atrPoints !== null);
}

/** The bars chart's points (closes and ATR stop bands), or null without bars. */
export function useBarsChart(): readonly BandPoint[] | null {
  return useDesk((s) => s.figures.bars.study?.chart ?? null);
}

// Plan

/** A text of the trade log or the circuit breaker ("realizedPnl", "breaker", …): on every page. */
export function usePlanLogText(key: keyof PlanLogOutputs): string {
  return useDesk((s) => s.view.plan.texts[key]);
}

/** A trade log text, or empty without a key. */
export function usePlanLogNote(key: keyof PlanLogOutputs | undefined): string {
  return useDesk((s) => (key === undefined ? '' : s.view.plan.texts[key]));
}

/** A text of the Plan section ("blendedRewardToRisk", "kellyFraction", …); "—" until its code is loaded. */
export function usePlanText(key: keyof PlanOutputs): string {
  return useDesk((s) => s.planView?.texts[key] ?? NO_VALUE);
}

/** A Plan section text, or empty without a key or before the section's code is loaded. */
export function usePlanNote(key: keyof PlanOutputs | undefined): string {
  return useDesk((s) => (key === undefined ? '' : (s.planView?.texts[key] ?? '')));
}

/** How many targets the bracket has (0 without a bracket). */
export function useBracketLegCount(): number {
  return useDesk((s) => s.planView?.legs.length ?? 0);
}

/** A text of the bracket's i-th target ("—" when there is none). */
export function useBracketLegText(index: number, field: keyof Omit<BracketLegView, 'target'>): string {
  return useDesk((s) => s.planView?.legs[index]?.[field] ?? NO_VALUE);
}

/** How many partial outcomes the bracket lists (targets filled, then the rest stopped). */
export function useBracketOutcomeCount(): number {
  return useDesk((s) => s.planView?.outcomes.length ?? 0);
}

/** A text of the bracket's i-th partial outcome. */
export function useBracketOutcomeText(index: number, field: keyof BracketOutcomeView): string {
  return useDesk((s) => s.planView?.outcomes[index]?.[field] ?? '');
}

/** The trade log's rows as typed (the same array while unchanged). */
export function useLogRows(): readonly TradeLogRow[] {
  return useDesk((s) => s.log.rows);
}

/** A log row's realized P&L or note as text. */
export function useLogRowText(id: string, field: keyof LogRowView): string {
  return useDesk((s) => s.view.plan.logRows.get(id)?.[field] ?? (field === 'note' ? '' : NO_VALUE));
}

/** The message at a log row's field, or undefined. */
export function useLogError(id: string, field: LogField): string | undefined {
  return useDesk((s) => s.figures.plan.log.errors[`${id}.${field}`]);
}

/** True when Today's realized P&L comes from the trade log (the account strip then shows it, not the input). */
export function useRealizedFromLog(): boolean {
  return useDesk((s) => s.figures.plan.log.source === 'log');
}

/** True while the circuit breaker holds the desk (a pause or a stop for the day): `Add to book` is off. */
export function useBreakerHolds(): boolean {
  return useDesk((s) => (s.figures.plan.breaker?.state ?? 'clear') !== 'clear');
}

/** True when the breaker's pause may be overridden. */
export function useBreakerOverridable(): boolean {
  return useDesk((s) => s.figures.plan.breaker?.overridable === true);
}

/** The g(f) chart's points and marks, or null without an edge (the same object while unchanged). */
export function useGrowthChart(): GrowthChart | null {
  return useDesk((s) => s.figures.plan.section?.edge.chart ?? null);
}

/** The Monte Carlo request, or what it waits for (the same object while unchanged); null before the section's code. */
export function useMonteCarloPlan(): MonteCarloPlan | null {
  return useDesk((s) => s.figures.plan.section?.monteCarlo ?? null);
}

// Calendar (issue 10)

/** The Calendar view's single texts ("sessionState", "holdingEvents", "weekendGap", …). */
export type CalendarTextKey = {
  [K in keyof CalendarView]: CalendarView[K] extends string ? K : never;
}[keyof CalendarView];

/** A text of the Calendar section or of its hooks into the sizer and the book. */
export function useCalendarText(key: CalendarTextKey): string {
  return useDesk((s) => s.view.calendar[key]);
}

/** The `Next events` items (the same array while the list is unchanged). */
export function useNextEvents(): readonly NextEventView[] {
  return useDesk((s) => s.view.calendar.nextEvents);
}

/** The month view's weeks (the same array while the month and its events are unchanged). */
export function useMonthWeeks(): readonly (readonly MonthDayView[])[] {
  return useDesk((s) => s.view.calendar.monthWeeks);
}

/** The coming Globex session changes. */
export function useSessionChanges(): readonly SessionChangeView[] {
  return useDesk((s) => s.view.calendar.sessionChanges);
}

/** The gap table's rows (weekdays, then all gaps). */
export function useGapRows(): readonly GapRowView[] {
  return useDesk((s) => s.view.calendar.gapRows);
}

/** The gap histogram's bins, for the chart. */
export function useGapHistogram(): readonly GapBinView[] {
  return useDesk((s) => s.view.calendar.gapHistogram);
}

/** The trader's own calendar events, rows as typed. */
export function useUserEvents(): readonly UserEventText[] {
  return useDesk((s) => s.userEvents);
}

/** The message at a user event's field, or undefined. */
export function useUserEventError(id: string, field: UserEventField): string | undefined {
  return useDesk((s) => s.figures.calendar.userEventErrors[`${id}.${field}`]);
}

/** Where the stress table's gap rows come from, or what to do to see them. */
export function useStressGapNote(): string {
  return useDesk((s) => s.view.stress.gapNote);
}

/** A Calendar text used as a figure's note, or empty without a key. */
export function useCalendarNote(key: CalendarTextKey | undefined): string {
  return useDesk((s) => (key === undefined ? '' : s.view.calendar[key]));
}

// Contracts (issue 8)

/** The catalogue for a registry and a day: the same object while neither changes. */
const catalogueOf = memoizeLast(presentCatalogue);

/**
 * The catalogue of every product (built-ins and accepted custom contracts), grouped by asset class, with
 * each front contract on today. It depends on the registry and today only: the same array while both are
 * unchanged (the registry is memoised on the custom contract rows), so a keystroke elsewhere re-renders
 * nothing of it.
 */
export function useCatalogue(): readonly CatalogueGroupView[] {
  return useDesk((s) => catalogueOf(s.figures.registry.registry, s.today));
}

/** The ids of the trader's custom contracts, in order (an equal array while the rows keep their ids). */
export function useCustomProductIds(): readonly string[] {
  return useDesk(useShallow((s) => s.customProducts.map((row) => row.id)));
}

/** How many custom contracts the trader has. */
export function useCustomProductCount(): number {
  return useDesk((s) => s.customProducts.length);
}

/** A custom contract's field as typed ('' for a row that is gone). */
export function useCustomProductText(id: string, field: CustomProductField): string {
  return useDesk((s) => s.customProducts.find((row) => row.id === id)?.[field] ?? '');
}

/** The message at a custom contract's field, or undefined when the field is fine. */
export function useCustomProductError(id: string, field: CustomProductField): string | undefined {
  return useDesk((s) => s.figures.registry.rowErrors.get(id)?.[field]);
}

/**
 * What an accepted custom contract's row says ("Usable in every contract picker: tick 0.25 = $1.25."); ''
 * while the row is refused (its messages are at its fields).
 */
export function useCustomProductNote(id: string): string {
  return useDesk((s) => {
    const { registry, rowErrors } = s.figures.registry;
    if (rowErrors.has(id)) return '';
    const row = s.customProducts.find((r) => r.id === id);
    const spec = row === undefined ? undefined : registry.get(row.symbol.trim().toUpperCase());
    return spec === undefined ? '' : customProductNote(spec);
  });
}

// Portfolio (issue 8)

/** The portfolio's asset rows as typed (the same array while unchanged). */
export function usePortfolioRows(): readonly PortfolioRowText[] {
  return useDesk((s) => s.portfolio.rows);
}

/** The message at a portfolio row's field, or undefined (none before the section's code is loaded). */
export function usePortfolioRowError(id: string, field: PortfolioRowField): string | undefined {
  return useDesk((s) => s.figures.portfolio?.rowErrors[`${id}.${field}`]);
}

/** A portfolio row's figure as text ("—" / "" until computable). */
export function usePortfolioRowText(id: string, field: keyof PortfolioRowView): string {
  const empty = field === 'note' || field === 'atr' ? '' : NO_VALUE;
  return useDesk((s) => s.portfolioView?.rows.get(id)?.[field] ?? empty);
}

/** True when one contract's margin of the row is above the per-asset cap (for the alarm style). */
export function usePortfolioRowAboveCap(id: string): boolean {
  return useDesk(
    (s) => s.figures.portfolio?.rows.find((row) => row.id === id)?.sizing?.marginPerContractAboveCap ?? false,
  );
}

/** A text of the Portfolio section ("portfolioCorrelatedRisk", …); "—" until its code is loaded. */
export function usePortfolioText(key: keyof PortfolioOutputs): string {
  return useDesk((s) => s.portfolioView?.texts[key] ?? NO_VALUE);
}

/** A Portfolio text used as a note, or empty without a key or before the section's code is loaded. */
export function usePortfolioNote(key: keyof PortfolioOutputs | undefined): string {
  return useDesk((s) => (key === undefined ? '' : (s.portfolioView?.texts[key] ?? '')));
}

/** The correlation matrix as heatmap cells (the same object while unchanged), or null before the code loads. */
export function usePortfolioCorrelations(): CorrelationView | null {
  return useDesk((s) => s.portfolioView?.correlations ?? null);
}

/** The scaling plan as a table and a chart (the same object while unchanged), or null without a plan. */
export function usePortfolioScaling(): ScalingView | null {
  return useDesk((s) => s.portfolioView?.scaling ?? null);
}

/** The typed correlation of a pair, as typed (empty when none). */
export function usePortfolioCorrelationText(key: string): string {
  return useDesk((s) => s.portfolio.correlations[key] ?? '');
}

/** The message at a typed correlation, or undefined. */
export function usePortfolioCorrelationError(key: string): string | undefined {
  return useDesk((s) => s.figures.portfolio?.correlations.errors[key]);
}

/** The name of the bars imported for an asset, or null without any. */
export function usePortfolioBarsSource(symbol: string): string | null {
  return useDesk((s) => s.portfolioBarsSources.get(symbol)?.sourceName ?? null);
}

/** The line describing an asset's imported bars, or empty. */
export function usePortfolioBarsText(symbol: string): string {
  return useDesk((s) => s.portfolioView?.bars.get(symbol) ?? '');
}

/** The distinct products of the portfolio's rows that are products of the registry, in row order. */
export function usePortfolioSymbols(): readonly string[] {
  return useDesk(
    useShallow((s) => {
      const known = new Set(s.figures.registry.registry.products.map((p) => p.symbol));
      return [...new Set(s.portfolio.rows.map((row) => row.symbol))].filter((symbol) => known.has(symbol));
    }),
  );
}
