/**
 * The whole of RiskDesk's arithmetic in one synchronous call: raw input texts in, every figure (as display
 * text) and every field message out. The store calls this on each keystroke.
 */
import { accountLimits, type AccountLevels, type AccountOutputs } from './account';
import type { BarsStudy } from './barsStudy';
import {
  computeBook,
  parseBook,
  type BookErrors,
  type BookOutputs,
  type BookRow,
  type BookRowFigures,
} from './book';
import type { CalendarDate } from './calendar';
import { warnMaintenanceAboveInitial } from './costChecks';
import { ZERO } from './decimal';
import { fieldReader, type FieldErrors } from './fields';
import { NO_VALUE } from './format';
import { costKey, RULES, type InputKey, type Inputs } from './inputs';
import { computeHedge, type HedgeOutputs } from './hedge';
import type { SizedLeg } from './positionSize';
import { computeSizer, type SizedPosition, type SizerOutputs } from './sizer';
import { computeSpread, type PlannedSpread, type SpreadOutputs } from './spread';
import { computeStress, familyMarks, type StressResult } from './stress';

export interface DeskEnv {
  /** Today on the trader's calendar; null until the app has read its clock. */
  readonly today: CalendarDate | null;
  /** ATR study of the imported bars for (period, multiplier); memoised by the caller. Null without bars. */
  readonly studyBars: ((period: number, multiplier: number) => BarsStudy) | null;
}

export type DeskOutputs = AccountOutputs &
  SizerOutputs &
  SpreadOutputs &
  BookOutputs &
  HedgeOutputs & {
    atrFromBars: string;
    /** "ATR(14) of 250 bars, 2025-11-20 to 2026-11-20" or why there is no ATR. */
    atrFromBarsNote: string;
    moveToCall: string;
    moveToZero: string;
  };

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
  /** Open P&L, risk and note per book row id. */
  readonly bookRows: ReadonlyMap<string, BookRowFigures>;
  /** The spread as planned, for "Add spread to book"; null until computable. */
  readonly plannedSpread: PlannedSpread | null;
  /** The spread's best-matches table. */
  readonly bestMatches: readonly { readonly text: string; readonly mismatch: string }[];
  readonly stress: StressResult;
  /** The hedge's short legs, null until computable. */
  readonly hedgeLegs: readonly SizedLeg[] | null;
}

function describeStudy(study: BarsStudy): string {
  const span = study.firstDate === null ? '' : `, ${study.firstDate} to ${study.lastDate ?? ''}`;
  if (study.atrText === null) {
    return `${study.barCount} bars: ATR(${study.period}) needs at least ${study.period + 1}.`;
  }
  return `ATR(${study.period}) of ${study.barCount} bars${span}`;
}

/** Computes every figure from the input texts and the book's rows. Never throws on any input. */
export function computeDesk(inputs: Inputs, env: DeskEnv, book: readonly BookRow[] = []): DeskResult {
  const read = fieldReader(inputs);
  const parsedBook = parseBook(book);
  const marks = familyMarks(read, parsedBook.families, parsedBook.positions);
  const bookResult = computeBook(
    parsedBook,
    (family) => marks.marks.get(family)?.reference ?? null,
    {
      slippageTicks: read.numberOr('slippageTicks', RULES.slippageTicks, ZERO),
      commission: (symbol) => read.number(costKey(symbol, 'commission'), RULES.commission),
    },
    read,
  );
  const limits = accountLimits(read, bookResult);
  const sizer = computeSizer(read, inputs, limits, env);
  const spread = computeSpread(read, inputs);
  const stress = computeStress(
    parsedBook.families,
    marks,
    parsedBook.positions,
    limits.values.equityUsd,
    bookResult.marginUsd.maintenance,
  );
  const hedge = computeHedge(read);
  warnMaintenanceAboveInitial(read);

  const period = read.number('atrPeriod', RULES.atrPeriod);
  const multiplier = read.number('atrMultiplier', RULES.atrMultiplier);
  let barsStudy: BarsStudy | null = null;
  if (env.studyBars !== null && period !== null && multiplier !== null) {
    barsStudy = env.studyBars(period.toNumber(), multiplier.toNumber());
  }
  const outputs: DeskOutputs = {
    ...limits.outputs,
    ...sizer.outputs,
    ...spread.outputs,
    ...bookResult.outputs,
    ...hedge.outputs,
    atrFromBars: barsStudy?.atrText ?? NO_VALUE,
    atrFromBarsNote: barsStudy === null ? '' : describeStudy(barsStudy),
    moveToCall: stress.moveToCall,
    moveToZero: stress.moveToZero,
  };
  return {
    outputs,
    fieldErrors: read.errors,
    fieldWarnings: read.warnings,
    accountLevels: limits.levels,
    position: sizer.position,
    barsStudy,
    bookErrors: parsedBook.errors,
    bookRows: bookResult.rows,
    plannedSpread: spread.planned,
    bestMatches: spread.bestMatches,
    stress,
    hedgeLegs: hedge.legs,
  };
}
