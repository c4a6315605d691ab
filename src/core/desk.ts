/**
 * The whole of RiskDesk's arithmetic in one synchronous call: raw input texts in, every figure (typed:
 * decimals, counts, enums, dates) and every field message out. The store calls this on each keystroke and
 * hands the figures to the presenter (present/presentDesk.ts), which makes the display text of what is shown.
 * Each section carries its figures rounded as they are shown (see rounding.ts), so the presenter only
 * formats.
 */
import { accountLimits, type AccountFigures, type AccountLimits, type AccountValues } from './account';
import type { BarsStudy } from './barsStudy';
import {
  computeBook,
  parseBook,
  type BookErrors,
  type BookFigures,
  type BookResult,
  type BookRow,
  type ParsedBook,
  type Position,
} from './book';
import type { CalendarDate } from './calendar';
import { warnMaintenanceAboveInitial } from './costChecks';
import { D, ZERO, type Dec } from './decimal';
import { fieldReader, type FieldErrors, type FieldReader } from './fields';
import { RULES, SIDES, type InputKey, type Inputs } from './inputs';
import { memoizeLast } from './memo';
import { costOf } from './productCosts';
import { memoOnReads } from './readMemo';
import { computeHedge, type HedgeFigures } from './hedge';
import { sizerLadder, type SizerLadder } from './ladder';
import { computeSizer, type SizerFigures } from './sizer';
import { computeSpread, type SpreadFigures } from './spread';
import { familyMarks, stressMoves, stressOutcome, type FamilyMarks, type StressFigures } from './stress';
import { computePlanLog, readTradeLog, type PlanLogFigures, type ReadLog } from './plan/planLog';
import type { PlanSectionCompute, PlanSectionFigures } from './plan/planSection';
import type { TradeLogRow } from './plan/tradeLog';
import {
  computeCalendar,
  gapScenarioMoves,
  readHoldingDays,
  sizerSession,
  type CalendarFigures,
} from './events/calendarDesk';
import type { UserEventText } from './events/events';
import type { DailyBars } from './events/gaps';
import { deskRegistry, type CustomProductRow, type DeskRegistry } from './products/deskRegistry';
import type { ProductRegistry } from './products/registry';
import type { PortfolioSectionCompute } from './portfolio/portfolioDoor';
import type { PortfolioAssetBars } from './portfolio/portfolioBars';
import type { PortfolioFigures } from './portfolio/portfolioDesk';
import type { PortfolioRowText, TypedCorrelations } from './portfolio/portfolioRows';

/** The instant and the trader's time zone, for session clocks, pauses and countdowns. */
export interface DeskNow {
  /** Milliseconds since 1970-01-01 UTC. */
  readonly ms: number;
  /** The trader's IANA time zone ("Europe/Berlin"), for showing times; sessions are kept in Chicago time. */
  readonly timeZone: string;
}

export interface DeskEnv {
  /** Today on the trader's calendar; null until the app has read its clock. */
  readonly today: CalendarDate | null;
  /** The current instant; null until the app has read its clock (time-dependent figures show "—"). */
  readonly now?: DeskNow | null;
  /** ATR study of the imported bars for (period, multiplier); memoised by the caller. Null without bars. */
  readonly studyBars: ((period: number, multiplier: number) => BarsStudy) | null;
  /** The Plan section's compute (plan/planDoor.ts), once its code is loaded; absent or null before. */
  readonly planSection?: PlanSectionCompute | null;
  /** The imported daily bars (open-vs-close gaps for the Calendar and the stress); null or absent without. */
  readonly bars?: DailyBars | null;
  /** The Portfolio section's compute (portfolio/portfolioDoor.ts), once its code is loaded; absent or null before. */
  readonly portfolioSection?: PortfolioSectionCompute | null;
  /** Each portfolio asset's imported bars, by symbol; absent without any. */
  readonly portfolioBars?: ReadonlyMap<string, PortfolioAssetBars>;
}

/** The Plan's figures: the log and the breaker always; the section's own once its code is loaded. */
export interface PlanFigures extends PlanLogFigures {
  readonly section: PlanSectionFigures | null;
}

/** The imported bars' ATR study for the sizer's ATR period and multiplier. */
export interface BarsFigures {
  /** The study (the same object while bars, period and multiplier are unchanged), or null without bars. */
  readonly study: BarsStudy | null;
  /** The latest ATR in points, rounded up to 2 decimals (a wider stop is the safe side); null without one. */
  readonly atrPoints: Dec | null;
}

/** The desk's collections besides the book (an options object, so that more can follow). */
export interface DeskCollections {
  /** Today's trade log (Plan section), rows as typed. */
  readonly tradeLog?: readonly TradeLogRow[];
  /** When the trader overrode a circuit-breaker pause (epoch ms). */
  readonly breakerOverridesMs?: readonly number[];
  /** The trader's own calendar events (Calendar section), rows as typed. */
  readonly userEvents?: readonly UserEventText[];
  /** The trader's custom contracts (Contracts section), rows as typed. */
  readonly customProducts?: readonly CustomProductRow[];
  /** The Portfolio section's asset rows, as typed. */
  readonly portfolioRows?: readonly PortfolioRowText[];
  /** The trader's typed correlations per pair (Portfolio section). */
  readonly portfolioCorrelations?: TypedCorrelations;
}

/** Every figure of the desk, per section, and the messages at the fields. */
export interface DeskFigures {
  /** The products every picker offers: the built-ins and the accepted custom contracts. */
  readonly registry: DeskRegistry;
  readonly account: AccountFigures;
  readonly sizer: SizerFigures;
  /** The sizer's price ladder (entry, stop, target, limit-down levels), null while nothing is sized. */
  readonly ladder: SizerLadder | null;
  readonly spread: SpreadFigures;
  readonly book: BookFigures;
  readonly stress: StressFigures;
  readonly hedge: HedgeFigures;
  readonly bars: BarsFigures;
  readonly plan: PlanFigures;
  /** The Calendar section: events, the Globex clock, the holding period, SOQ flags, gaps. */
  readonly calendar: CalendarFigures;
  /** The Portfolio section's figures, once its code is loaded (null before). */
  readonly portfolio: PortfolioFigures | null;
  /** Messages at input fields (text: they name the problem and the allowed range). */
  readonly fieldErrors: FieldErrors<InputKey>;
  /** Warnings at fields whose value is used but looks wrong. */
  readonly fieldWarnings: FieldErrors<InputKey>;
  /** Messages for book rows, keyed `${rowId}.${field}`. */
  readonly bookErrors: BookErrors;
}

/**
 * The empty collection: one array, so that memoised figures (events, the log) keep their results while a
 * caller passes no collection at all.
 */
const NONE: readonly never[] = [];
const NO_CORRELATIONS: TypedCorrelations = {};
const NO_BARS: ReadonlyMap<string, PortfolioAssetBars> = new Map();

/**
 * The steps of computeDesk that can be skipped, each remembering its last run: a step that reads fields
 * runs again only when a text it read, a message before it or another argument changed (readMemo.ts);
 * the stress, which reads none, when an argument did (its levels and scenario P&Ls apart from equity and
 * margin). So typing the equity does not re-read the book, the log, the spread or the hedge, nor re-price
 * the stress scenarios, and typing a price neither the account nor the stress.
 */
function deskSteps() {
  return {
    log: memoOnReads(readTradeLog),
    marks: memoOnReads(
      (
        read: FieldReader<InputKey>,
        _texts: Inputs,
        families: readonly string[],
        positions: readonly Position[],
        registry: ProductRegistry,
      ) => familyMarks(read, families, positions, registry),
    ),
    book: memoOnReads(
      (
        read: FieldReader<InputKey>,
        _texts: Inputs,
        parsed: ParsedBook,
        marks: FamilyMarks,
        registry: DeskRegistry,
      ) =>
        computeBook(
          parsed,
          (family) => marks.marks.get(family)?.reference ?? null,
          {
            slippageTicks: read.numberOr('slippageTicks', RULES.slippageTicks, ZERO),
            commission: (symbol) => costOf(read, registry, symbol, 'commission'),
          },
          read,
          registry,
        ),
    ),
    limits: memoOnReads(
      (
        read: FieldReader<InputKey>,
        _texts: Inputs,
        book: BookResult,
        realizedFromLogUsd: Dec | null,
        basisKey: 'marginBasis' | 'ethMarginBasis',
      ) => accountLimits(read, book, realizedFromLogUsd, basisKey),
    ),
    sizer: memoOnReads(
      (
        read: FieldReader<InputKey>,
        texts: Inputs,
        limits: AccountLimits,
        today: CalendarDate | null,
        ethSlippage: boolean,
        registry: DeskRegistry,
      ) => computeSizer(read, texts, limits, { today, ethSlippage, registry }),
    ),
    spread: memoOnReads(computeSpread),
    stressMoves: memoizeLast(
      (
        families: readonly string[],
        marks: FamilyMarks,
        positions: readonly Position[],
        weekendPercent: Dec | null,
        overnightPercent: Dec | null,
      ) => stressMoves(families, marks, positions, { weekendPercent, overnightPercent }),
    ),
    stress: memoizeLast(stressOutcome),
    hedge: memoOnReads((read: FieldReader<InputKey>, _texts: Inputs, registry: ProductRegistry) =>
      computeHedge(read, registry),
    ),
    planLog: memoOnReads(
      (
        read: FieldReader<InputKey>,
        _texts: Inputs,
        log: ReadLog,
        account: AccountValues,
        rows: readonly TradeLogRow[],
        overridesMs: readonly number[],
      ) => computePlanLog(read, log, account, rows, overridesMs),
    ),
    costWarnings: memoOnReads((read: FieldReader<InputKey>) => {
      warnMaintenanceAboveInitial(read);
    }),
  };
}

/**
 * A computeDesk with its own memory of each step's last run (deskSteps): what a fresh one computes from
 * the same arguments, whatever it computed before.
 */
export function createDeskComputer(): (
  inputs: Inputs,
  env: DeskEnv,
  book?: readonly BookRow[],
  collections?: DeskCollections,
) => DeskFigures {
  const steps = deskSteps();
  return (inputs, env, book = [], collections = {}) => computeWith(steps, inputs, env, book, collections);
}

/**
 * Computes every figure from the input texts and the book's rows. Never throws on any input. One computer
 * shared by its callers (the store is one), remembering the last run of each step.
 */
export const computeDesk = createDeskComputer();

function computeWith(
  steps: ReturnType<typeof deskSteps>,
  inputs: Inputs,
  env: DeskEnv,
  book: readonly BookRow[],
  collections: DeskCollections,
): DeskFigures {
  const registry = deskRegistry(collections.customProducts ?? NONE);
  const read = fieldReader(inputs, registry.registry);
  const logRows = collections.tradeLog ?? NONE;
  const now = env.now ?? null;
  // The log first: when it holds trades of this session, its realized P&L is the account's.
  const log = steps.log(read, inputs, logRows, now);
  const parsedBook = parseBook(book, registry.registry);
  const marks = steps.marks(read, inputs, parsedBook.families, parsedBook.positions, registry.registry);
  const bookResult = steps.book(read, inputs, parsedBook, marks, registry);
  // The session the sizer assumes decides its slippage and the margin basis of the whole account.
  const holdingDays = readHoldingDays(read);
  const session = sizerSession(read, inputs.plannedEntryTime, now, holdingDays);
  const limits = steps.limits(
    read,
    inputs,
    bookResult,
    log.accountPnlUsd,
    session?.ethMargin === true ? 'ethMarginBasis' : 'marginBasis',
  );
  const sizer = steps.sizer(read, inputs, limits, env.today, session?.ethSlippage === true, registry);
  const spread = steps.spread(read, inputs, registry.registry);
  const gapMoves = gapScenarioMoves(env.bars ?? null);
  const moves = steps.stressMoves(
    parsedBook.families,
    marks,
    parsedBook.positions,
    gapMoves.weekend?.movePercent ?? null,
    gapMoves.overnight?.movePercent ?? null,
  );
  const stress = steps.stress(moves, limits.values.equityUsd, bookResult.marginUsd.maintenance);
  const hedge = steps.hedge(read, inputs, registry.registry);
  const overridesMs = collections.breakerOverridesMs ?? NONE;
  const computeSection = env.planSection ?? null;
  const plan: PlanFigures = {
    ...steps.planLog(read, inputs, log, limits.values, logRows, overridesMs),
    section:
      computeSection === null
        ? null
        : computeSection(read, inputs, { sizer, account: limits.values, registry }),
  };
  const entry = sizer.symbol === null ? null : read.number('entry', RULES.price);
  const calendar = computeCalendar({
    read,
    texts: inputs,
    today: env.today,
    now,
    book: parsedBook,
    userEvents: collections.userEvents ?? NONE,
    holdingDays,
    sizerSession: session,
    sizer: {
      symbol: sizer.symbol,
      frontMonth: sizer.frontMonth,
      side: read.choice('side', SIDES),
      stopDistancePoints: entry === null || sizer.stopAt === null ? null : entry.minus(sizer.stopAt).abs(),
    },
    bars: env.bars ?? null,
    registry: registry.registry,
  });
  const computePortfolio = env.portfolioSection ?? null;
  const portfolio =
    computePortfolio === null
      ? null
      : computePortfolio(
          read,
          inputs,
          collections.portfolioRows ?? NONE,
          collections.portfolioCorrelations ?? NO_CORRELATIONS,
          registry,
          env.portfolioBars ?? NO_BARS,
        );
  steps.costWarnings(read, inputs);

  const period = read.number('atrPeriod', RULES.atrPeriod);
  const multiplier = read.number('atrMultiplier', RULES.atrMultiplier);
  let study: BarsStudy | null = null;
  if (env.studyBars !== null && period !== null && multiplier !== null) {
    study = env.studyBars(period.toNumber(), multiplier.toNumber());
  }
  // The study's text is the ATR already rounded up to 2 decimals: read back exactly.
  const atrText = study?.atrText ?? null;
  const atrPoints = atrText === null ? null : new D(atrText);
  return {
    registry,
    account: limits.figures,
    sizer,
    ladder: sizerLadder(sizer, stress),
    spread,
    book: bookResult.figures,
    stress,
    hedge,
    bars: { study, atrPoints },
    plan,
    calendar,
    portfolio,
    fieldErrors: read.errors,
    fieldWarnings: read.warnings,
    bookErrors: parsedBook.errors,
  };
}
