/**
 * The presenter: typed figures (desk.ts) in, display text out, grouped per section. Called once per
 * recompute, after computeDesk; nothing here computes a figure or decides a rounding (core rounds every
 * figure as it is shown; formatting only fixes the number of decimals and groups digits, see format.ts).
 *
 * A section is formatted when a panel first reads it, and memoised: while its figures are the same by value
 * (sameFigures.ts), the presenter returns the section's previous view object, strings included, so
 * selectors keep returning equal primitives and typing into one panel formats only that panel.
 */
import type { DeskFigures } from '../desk';
import { presentAccount, type AccountOutputs } from './presentAccount';
import { presentBars, type BarsOutputs } from './presentBars';
import { presentBook, type BookOutputs, type BookView } from './presentBook';
import { presentHedge, type HedgeOutputs } from './presentHedge';
import { presentLadder, type LadderRungView } from './presentLadder';
import { presentPlanLog, type PlanLogView } from './presentPlanLog';
import { presentSizer, type SizerOutputs } from './presentSizer';
import { presentSpread, type SpreadOutputs, type SpreadView } from './presentSpread';
import { presentStress, type StressView } from './presentStress';
import { memoByValue } from './sameFigures';
import { createCalendarPresenter, type CalendarView } from './presentCalendar';

/** Every display text of the desk, per section. */
export interface DeskView {
  readonly account: AccountOutputs;
  readonly sizer: SizerOutputs;
  /** The sizer's price ladder, highest price first (empty while nothing is sized). */
  readonly ladder: readonly LadderRungView[];
  readonly spread: SpreadView;
  readonly book: BookView;
  readonly stress: StressView;
  readonly hedge: HedgeOutputs;
  readonly bars: BarsOutputs;
  /** The trade log and the circuit breaker (the Plan section's own texts come with its code). */
  readonly plan: PlanLogView;
  readonly calendar: CalendarView;
}

/** Every single-figure text of the desk in one flat record, by output key (what `<output>`s show). */
export type DeskOutputs = AccountOutputs &
  SizerOutputs &
  SpreadOutputs &
  BookOutputs &
  HedgeOutputs &
  BarsOutputs & {
    moveToCall: string;
    moveToZero: string;
  };

/** Each section's presenter: typed figures in, that section's display text out. */
export type SectionPresenters = {
  readonly [S in keyof DeskView]: (figures: DeskFigures[S]) => DeskView[S];
};

/**
 * The presenters of every section: a new set per desk presenter, since the Calendar's keeps each of its
 * parts' texts (see createCalendarPresenter).
 */
export function sectionPresenters(): SectionPresenters {
  return {
    account: presentAccount,
    sizer: presentSizer,
    ladder: presentLadder,
    spread: presentSpread,
    book: presentBook,
    stress: presentStress,
    hedge: presentHedge,
    bars: presentBars,
    plan: presentPlanLog,
    calendar: createCalendarPresenter(),
  };
}

/**
 * A presenter with its own memory: `present(figures)` returns a view whose sections are formatted when
 * first read (then kept in that view), and a section's previous texts, the same object, while its figures
 * are the same by value. So a keystroke formats only the sections on screen, and of those only what
 * changed; a section read later (its panel shown) is formatted then. The store keeps one for its lifetime.
 */
export function createDeskPresenter(
  presenters: SectionPresenters = sectionPresenters(),
): (figures: DeskFigures) => DeskView {
  const remembering: SectionPresenters = {
    account: memoByValue(presenters.account),
    sizer: memoByValue(presenters.sizer),
    ladder: memoByValue(presenters.ladder),
    spread: memoByValue(presenters.spread),
    book: memoByValue(presenters.book),
    stress: memoByValue(presenters.stress),
    hedge: memoByValue(presenters.hedge),
    bars: memoByValue(presenters.bars),
    plan: memoByValue(presenters.plan),
    calendar: memoByValue(presenters.calendar),
  };
  return (figures) => {
    const shown: { -readonly [S in keyof DeskView]?: DeskView[S] } = {};
    const section = <S extends keyof DeskView>(name: S): DeskView[S] => {
      const known = shown[name];
      if (known !== undefined) return known;
      const texts = remembering[name](figures[name]);
      shown[name] = texts;
      return texts;
    };
    return {
      get account() {
        return section('account');
      },
      get sizer() {
        return section('sizer');
      },
      get ladder() {
        return section('ladder');
      },
      get spread() {
        return section('spread');
      },
      get book() {
        return section('book');
      },
      get stress() {
        return section('stress');
      },
      get hedge() {
        return section('hedge');
      },
      get bars() {
        return section('bars');
      },
      get plan() {
        return section('plan');
      },
      get calendar() {
        return section('calendar');
      },
    };
  };
}

const flatOutputs = new WeakMap<DeskView, DeskOutputs>();

/** A section's single-figure texts: every member but its table (`leave`). */
function textsOf<T extends object, K extends keyof T>(section: T, leave: K): Omit<T, K> {
  return Object.fromEntries(Object.entries(section).filter(([key]) => key !== leave)) as Omit<T, K>;
}

/** Every single-figure text in one flat record by output key; the same object for the same view. */
export function deskOutputs(view: DeskView): DeskOutputs {
  let outputs = flatOutputs.get(view);
  if (outputs === undefined) {
    const stress = { moveToCall: view.stress.moveToCall, moveToZero: view.stress.moveToZero };
    // Object.assign, not `{ ...a, ...b, … }`: V8 copies a second large spread property by property into a
    // new shape, about 50 µs here against 3 µs (measured on Node 20).
    const flat: DeskOutputs = Object.assign(
      Object.assign({}, view.account, view.sizer, textsOf(view.spread, 'bestMatches')),
      textsOf(view.book, 'rows'),
      view.hedge,
      Object.assign({}, view.bars, stress),
    );
    outputs = flat;
    flatOutputs.set(view, outputs);
  }
  return outputs;
}

/** The sections that hold single-figure texts besides the stress's two, the Size section's first. */
const TEXT_SECTIONS = ['account', 'sizer', 'bars', 'book', 'spread', 'hedge'] as const;
type TextSection = (typeof TEXT_SECTIONS)[number];
/** The section of each output key, found on its first lookup (a key never moves to another section). */
const sectionOfKey = new Map<keyof DeskOutputs, TextSection>();

/**
 * One single-figure text by output key: `deskOutputs(view)[key]`, formatting only the section that holds
 * it (a keystroke in Size then formats no Spread, Book or Hedge text).
 */
export function outputText(view: DeskView, key: keyof DeskOutputs): string {
  if (key === 'moveToCall' || key === 'moveToZero') return view.stress[key];
  const known = sectionOfKey.get(key);
  const section = known ?? TEXT_SECTIONS.find((name) => Object.hasOwn(view[name], key));
  if (section === undefined) throw new Error(`No section shows the output "${key}".`);
  if (known === undefined) sectionOfKey.set(key, section);
  const text: unknown = Reflect.get(view[section], key);
  if (typeof text !== 'string') throw new Error(`The output "${key}" is not a text.`);
  return text;
}
