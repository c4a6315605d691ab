/**
 * The whole of RiskDesk's arithmetic in one synchronous call: raw input texts in, every figure (as display
 * text) and every field message out. The store calls this on each keystroke.
 */
import type { BarsStudy } from './barsStudy';
import { computeBook, type BookErrors, type BookOutputs, type BookRow } from './book';
import type { CalendarDate } from './calendar';
import { fieldReader, type FieldErrors } from './fields';
import { NO_VALUE } from './format';
import type { InputKey, Inputs } from './inputs';
import { RULES } from './inputs';
import { computeHedge, type HedgeOutputs } from './hedge';
import type { SizedLeg } from './positionSize';
import { computeSizer, readAccount, type SizedPosition, type SizerOutputs } from './sizer';
import { computeSpread, type PlannedSpread, type SpreadOutputs } from './spread';
import { computeStress, type StressResult } from './stress';

export interface DeskEnv {
  readonly today: CalendarDate;
  /** ATR study of the imported bars for (period, multiplier); memoised by the caller. Null without bars. */
  readonly studyBars: ((period: number, multiplier: number) => BarsStudy) | null;
}

export type DeskOutputs = SizerOutputs &
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
  /** The sized position, for "Add to book"; null while the sizer has no size. */
  readonly position: SizedPosition | null;
  /** The bars study (same object while bars, period and multiplier are unchanged), or null. */
  readonly barsStudy: BarsStudy | null;
  /** Messages for book rows, keyed `${rowId}.${field}`. */
  readonly bookErrors: BookErrors;
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
  const account = readAccount(read);
  const sizer = computeSizer(read, inputs, account, env);
  const spread = computeSpread(read, inputs);
  const bookResult = computeBook(book, read);
  const stress = computeStress(
    read,
    bookResult.positions,
    bookResult.families,
    account.equityUsd,
    bookResult.maintenanceUsd,
  );
  const hedge = computeHedge(read);

  const period = read.number('atrPeriod', RULES.atrPeriod);
  const multiplier = read.number('atrMultiplier', RULES.atrMultiplier);
  let barsStudy: BarsStudy | null = null;
  if (env.studyBars !== null && period !== null && multiplier !== null) {
    barsStudy = env.studyBars(period.toNumber(), multiplier.toNumber());
  }
  const outputs: DeskOutputs = {
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
    position: sizer.position,
    barsStudy,
    bookErrors: bookResult.errors,
    plannedSpread: spread.planned,
    bestMatches: spread.bestMatches,
    stress,
    hedgeLegs: hedge.legs,
  };
}
