/**
 * The margin stress as text: each family's levels at its tick precision, the scenario table ("-$6,980.00",
 * "$18,020.00", "+$9,910.00", "Yes"/"No"), the families left out and the moves to a margin call and to zero
 * ("-16.89% (RTY -337.8 pts)"). The figures arrive rounded as shown (stress.ts).
 */
import type { Dec } from '../decimal';
import {
  formatPercent,
  formatPrice,
  formatSignedPercent,
  formatSignedPoints,
  formatSignedUsd,
  formatUsd,
  NO_VALUE,
} from '../format';
import {
  STRESS_TABLE_SCENARIOS,
  type FamilyLevelPrices,
  type FamilyProblem,
  type GapMoves,
  type MoveToLevel,
  type ScenarioOutcome,
  type StressFigures,
  type StressScenario,
} from '../stress';
import { stressBasisOf, type NoLimitReason } from '../products/limits';
import type { ProductSpec } from '../products/registry';

/** A family's levels as text, at its tick precision. */
export interface FamilyLevelsView {
  readonly limit7: string;
  readonly limit13: string;
  readonly limit20: string;
  readonly overnightLow: string;
  readonly overnightHigh: string;
  /** The mark in use. */
  readonly mark: string;
}

/** One row of the scenario table. */
export interface ScenarioView {
  readonly pnl: string;
  readonly equity: string;
  readonly excess: string;
  /** "Yes" / "No" ("—" while not computable). */
  readonly call: string;
}

/** The stress section of the view. */
export interface StressView {
  readonly levels: Partial<Record<string, FamilyLevelsView>>;
  /** Why a family is left out of the scenarios ("its reference price is not valid"). */
  readonly problems: Partial<Record<string, string>>;
  /** One line naming the families left out of the scenarios, or empty. */
  readonly leftOut: string;
  readonly scenarios: Readonly<Record<StressScenario, ScenarioView>>;
  /** Where the gap rows' moves come from, or "import daily bars to see gap scenarios". */
  readonly gapNote: string;
  readonly moveToCall: string;
  readonly moveToZero: string;
}

const PROBLEM_WORDS: Readonly<Record<FamilyProblem, string>> = {
  'bad-reference': 'its reference price is not valid',
  'bad-cash': 'its cash index close is not valid',
  'no-reference': 'it has no reference price',
};

const NO_SCENARIO: ScenarioView = { pnl: NO_VALUE, equity: NO_VALUE, excess: NO_VALUE, call: NO_VALUE };

/** Why a family has no limit levels, as said beside it. */
const NO_LIMIT_WORDS: Readonly<Record<NoLimitReason, string>> = {
  'dynamic-circuit-breakers':
    "No daily price limit: CME's dynamic circuit breakers pause trading, they do not cap the move. Stressed with custom moves only.",
  'no-price-limits': 'No price limits on CME FX futures. Stressed with custom moves only.',
  'custom-product': 'No limit rule for a custom contract. Stressed with custom moves only.',
};

/**
 * Why the family of `spec` (its standard) has no limit levels, in words; empty for a product under CME's
 * 7/13/20 % rule. Decided by the product, so it holds while the family has no usable mark.
 */
export function noLimitsText(spec: ProductSpec): string {
  const basis = stressBasisOf(spec);
  return basis.kind === 'limit-levels' ? '' : NO_LIMIT_WORDS[basis.reason];
}

function levelsView(levels: FamilyLevelPrices): FamilyLevelsView {
  const { spec, limits } = levels;
  const price = (value: Dec | undefined) => (value === undefined ? NO_VALUE : formatPrice(value, spec));
  return {
    limit7: price(limits?.limit7),
    limit13: price(limits?.limit13),
    limit20: price(limits?.limit20),
    overnightLow: price(limits?.overnightLow),
    overnightHigh: price(limits?.overnightHigh),
    mark: formatPrice(levels.mark, spec),
  };
}

function scenarioView(outcome: ScenarioOutcome | null): ScenarioView {
  if (outcome === null) return NO_SCENARIO;
  return {
    pnl: formatSignedUsd(outcome.pnlUsd),
    equity: formatUsd(outcome.equityUsd),
    excess: formatSignedUsd(outcome.excessUsd),
    call: outcome.call ? 'Yes' : 'No',
  };
}

/** "-16.89% (RTY -337.8 pts)", or why there is no such move; `already` words equity already past the level. */
function moveText(move: MoveToLevel | null, already: string): string {
  if (move === null) return NO_VALUE;
  switch (move.kind) {
    case 'already':
      return already;
    case 'none-flat':
      return 'None: a uniform move leaves the book flat';
    case 'none-to-zero':
      return 'None: not even if the index went to zero';
    case 'none-within-rise':
      return 'None within a 100% rise';
    case 'move': {
      const parts = move.points.map((p) => `${p.family} ${formatSignedPoints(p.points, p.spec)}`);
      return `${formatSignedPercent(move.percent)} (${parts.join(', ')})`;
    }
  }
}

/** Where the gap scenarios come from and how they move each family. */
function gapNoteText(moves: GapMoves): string {
  const { weekendPercent, overnightPercent } = moves;
  if (weekendPercent === null && overnightPercent === null) {
    return 'Weekend gap (p99) and Overnight gap (p99): import daily bars to see gap scenarios.';
  }
  const part = (name: string, percent: Dec | null) =>
    percent === null ? `no ${name} gaps in your bars` : `${name} ${formatPercent(percent)}`;
  return `Gap scenarios from your daily bars (99th percentile of |open − previous close|): ${part('weekend', weekendPercent)}, ${part('overnight', overnightPercent)}. Each family moves by that % of its mark, rounded up to the tick, against its net position: down for a net long, up for a net short.`;
}

/** The stress panel's texts from its figures. */
export function presentStress(figures: StressFigures): StressView {
  const levels: Partial<Record<string, FamilyLevelsView>> = {};
  for (const family of figures.families) {
    const prices = figures.levels[family];
    if (prices !== undefined) levels[family] = levelsView(prices);
  }
  const problems: Partial<Record<string, string>> = {};
  const leftOut: string[] = [];
  for (const [family, problem] of Object.entries(figures.problems) as [string, FamilyProblem][]) {
    problems[family] = PROBLEM_WORDS[problem];
    leftOut.push(`${family} left out: ${PROBLEM_WORDS[problem]}.`);
  }
  const scenarios = Object.fromEntries(
    STRESS_TABLE_SCENARIOS.map((scenario) => [scenario, scenarioView(figures.scenarios[scenario])]),
  ) as Record<StressScenario, ScenarioView>;
  return {
    levels,
    problems,
    leftOut: leftOut.join(' '),
    scenarios,
    gapNote: gapNoteText(figures.gapMoves),
    moveToCall: moveText(figures.moveToCall, 'Already below maintenance margin at the marks'),
    moveToZero: moveText(figures.moveToZero, 'Equity is already at or below zero'),
  };
}
