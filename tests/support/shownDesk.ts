/**
 * Test support: the desk's display texts in one record, as the worked-example and golden tests read them
 * (a flat `outputs` record, the stress table, book rows). Built from the typed figures and the presenter's
 * view, so the tests assert exactly what the panels show. The app reads the view through the named
 * selectors in src/store/selectors.ts instead.
 */
import type { AccountLevels } from '../../src/core/account';
import type { BarsStudy } from '../../src/core/barsStudy';
import type { BookErrors } from '../../src/core/book';
import type { DeskFigures } from '../../src/core/desk';
import type { FieldErrors } from '../../src/core/fields';
import type { InputKey } from '../../src/core/inputs';
import type { SizedLeg } from '../../src/core/positionSize';
import type { SizedPosition } from '../../src/core/sizer';
import type { PlannedSpread } from '../../src/core/spread';
import type { Scenario, StressLine } from '../../src/core/stress';
import type { BookRowView } from '../../src/core/present/presentBook';
import { deskOutputs, type DeskOutputs, type DeskView } from '../../src/core/present/presentDesk';
import type { BestMatchView } from '../../src/core/present/presentSpread';
import type { FamilyLevelsView, ScenarioView, StressView } from '../../src/core/present/presentStress';

/** a family's levels as texts with the two flags beside them; read them through selectors. */
export interface FamilyLevels extends FamilyLevelsView {
  /** True when the mark is the newest book row's entry (no reference typed yet). */
  readonly fromBook: boolean;
  /** True when computed from the futures reference (no cash close entered). */
  readonly approximate: boolean;
}

/** the scenario table's texts; use ScenarioView. */
export type ScenarioFigures = ScenarioView;

/** the stress panel as it was read from `result.stress`. */
export interface StressResult {
  /** Families of the valid positions. */
  readonly families: readonly string[];
  readonly levels: Partial<Record<string, FamilyLevels>>;
  /** Why a family is left out of the scenarios ("its reference price is not valid"). */
  readonly problems: Partial<Record<string, string>>;
  /** One line naming the families left out of the scenarios, or empty. */
  readonly leftOut: string;
  readonly scenarios: Readonly<Record<Scenario, ScenarioFigures>>;
  readonly moveToCall: string;
  readonly moveToZero: string;
  /** The equity line for the chart; null when not computable. */
  readonly line: StressLine | null;
}

/** the desk's result as panels read it before the split; read figures and view through selectors. */
export interface DeskResult {
  readonly outputs: DeskOutputs;
  readonly fieldErrors: FieldErrors<InputKey>;
  /** Warnings at fields whose value is used but looks wrong. */
  readonly fieldWarnings: FieldErrors<InputKey>;
  /** How close each account limit is (the risk bar colours and words). */
  readonly accountLevels: AccountLevels;
  /** The sized position, for "Add to book"; null while the sizer has no size. */
  readonly position: SizedPosition | null;
  /** The bars study (same object while bars, period and multiplier are unchanged), or null. */
  readonly barsStudy: BarsStudy | null;
  /** Messages for book rows, keyed `${rowId}.${field}`. */
  readonly bookErrors: BookErrors;
  /** Open P&L, risk and note per book row id, as texts. */
  readonly bookRows: ReadonlyMap<string, BookRowView>;
  /** The spread as planned, for "Add spread to book"; null until computable. */
  readonly plannedSpread: PlannedSpread | null;
  /** The spread's best-matches table. */
  readonly bestMatches: readonly BestMatchView[];
  readonly stress: StressResult;
  /** The hedge's short legs, null until computable. */
  readonly hedgeLegs: readonly SizedLeg[] | null;
}

/**
 * The stress result per stress view: a view is kept only while its figures are the same by value, so the
 * flags and the line of the figures it was first made from still hold.
 */
const stressResults = new WeakMap<StressView, StressResult>();

function stressResult(figures: DeskFigures['stress'], view: StressView): StressResult {
  let result = stressResults.get(view);
  if (result === undefined) {
    const levels: Partial<Record<string, FamilyLevels>> = {};
    for (const [family, texts] of Object.entries(view.levels) as [string, FamilyLevelsView][]) {
      const prices = figures.levels[family];
      levels[family] = {
        ...texts,
        fromBook: prices?.fromBook ?? false,
        approximate: prices?.approximate ?? false,
      };
    }
    result = {
      families: figures.families,
      levels,
      problems: view.problems,
      leftOut: view.leftOut,
      scenarios: view.scenarios,
      moveToCall: view.moveToCall,
      moveToZero: view.moveToZero,
      line: figures.line,
    };
    stressResults.set(view, result);
  }
  return result;
}

/** the result in its former shape, from the figures and the view made from them. */
export function toDeskResult(figures: DeskFigures, view: DeskView): DeskResult {
  return {
    outputs: deskOutputs(view),
    fieldErrors: figures.fieldErrors,
    fieldWarnings: figures.fieldWarnings,
    accountLevels: figures.account.levels,
    position: figures.sizer.position,
    barsStudy: figures.bars.study,
    bookErrors: figures.bookErrors,
    bookRows: view.book.rows,
    plannedSpread: figures.spread.planned,
    bestMatches: view.spread.bestMatches,
    stress: stressResult(figures.stress, view.stress),
    hedgeLegs: figures.hedge.legs,
  };
}
