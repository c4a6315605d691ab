/**
 * The one store: the raw input texts and the last computed result, set together by every action
 * (compute on write, synchronously). Panels read single values through the selectors in selectors.ts.
 */
import { create } from 'zustand';
import {
  computeDesk,
  CONTRACT_SYMBOLS,
  COST_FIELDS,
  costKey,
  DEFAULT_INPUTS,
  memoizeLast,
  type BarsImport,
  type BarsStudy,
  type CalendarDate,
  type DeskResult,
  type InputKey,
  type Inputs,
} from '../core';
import type { Notice } from './persistence';

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
  readonly inputs: Inputs;
  readonly result: DeskResult;
  /** The bar text being used; set at once on import or paste. */
  readonly barsSource: BarsSource | null;
  /** The parsed bars for `barsSource`, once parsed (null before and without bars). */
  readonly bars: LoadedBars | null;
  readonly notices: readonly Notice[];
  setInput: (key: InputKey, text: string) => void;
  /** Sets several inputs in one recompute (a stop field together with its stop method). */
  setInputs: (changes: Partial<Record<InputKey, string>>) => void;
  /** Replaces several inputs at once (restoring a save or a share link). */
  replaceInputs: (inputs: Inputs) => void;
  /** Uses `text` as the bars (a file's content or pasted text); resolves once they are parsed. */
  importBars: (text: string, sourceName: string) => Promise<void>;
  clearBars: () => void;
  /** Copies the ATR computed from the bars into the stop's ATR field and switches the stop to ATR. */
  useAtrFromBars: () => void;
  /** Puts every contract's margins and commission back to the shipped defaults. */
  resetContractCosts: () => void;
  addNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
}

/** Today's date on the trader's own clock (core takes it as an argument). */
export function todayLocal(now: Date = new Date()): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

function recompute(inputs: Inputs, bars: LoadedBars | null): DeskResult {
  return computeDesk(inputs, { today: todayLocal(), studyBars: bars?.study ?? null });
}

/** Parses bar text (loading the parser on first use); the ATR study is memoised per (period, multiplier). */
export async function loadBars(source: BarsSource): Promise<LoadedBars> {
  const { parseBarsCsv, studyBars } = await import('../core/barsDoor');
  const parsed = parseBarsCsv(source.text);
  const study = memoizeLast((period: number, multiplier: number) =>
    studyBars(parsed.series, period, multiplier),
  );
  return { source, parsed, study };
}

export const useDesk = create<DeskState>()((set, get) => ({
  inputs: DEFAULT_INPUTS,
  result: recompute(DEFAULT_INPUTS, null),
  barsSource: null,
  bars: null,
  notices: [],
  setInput: (key, text) => {
    const { inputs, bars } = get();
    if (inputs[key] === text) return;
    const next = { ...inputs, [key]: text };
    set({ inputs: next, result: recompute(next, bars) });
  },
  setInputs: (changes) => {
    const { inputs, bars } = get();
    const next: Inputs = { ...inputs, ...changes };
    set({ inputs: next, result: recompute(next, bars) });
  },
  replaceInputs: (inputs) => {
    set({ inputs, result: recompute(inputs, get().bars) });
  },
  importBars: async (text, sourceName) => {
    const source = { text, sourceName };
    set({ barsSource: source });
    const bars = await loadBars(source);
    // A later import or a clear may have happened while this one was parsing: keep only the latest.
    if (get().barsSource !== source) return;
    set({ bars, result: recompute(get().inputs, bars) });
  },
  clearBars: () => {
    set({ barsSource: null, bars: null, result: recompute(get().inputs, null) });
  },
  useAtrFromBars: () => {
    const { inputs, bars, result } = get();
    const atrText = result.barsStudy?.atrText;
    if (atrText === undefined || atrText === null) return;
    const next: Inputs = { ...inputs, atr: atrText, stopMethod: 'atr' };
    set({ inputs: next, result: recompute(next, bars) });
  },
  resetContractCosts: () => {
    const { inputs, bars } = get();
    const next: Record<InputKey, string> = { ...inputs };
    for (const symbol of CONTRACT_SYMBOLS) {
      for (const field of COST_FIELDS) next[costKey(symbol, field)] = DEFAULT_INPUTS[costKey(symbol, field)];
    }
    set({ inputs: next, result: recompute(next, bars) });
  },
  addNotice: (notice) => {
    set({ notices: [...get().notices.filter((n) => n.id !== notice.id), notice] });
  },
  dismissNotice: (id) => {
    set({ notices: get().notices.filter((n) => n.id !== id) });
  },
}));
