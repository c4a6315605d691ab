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
  parseBarsCsv,
  studyBars,
  type BarsImport,
  type BarsStudy,
  type CalendarDate,
  type DeskResult,
  type InputKey,
  type Inputs,
} from '../core';
import type { Notice } from './persistence';

export interface LoadedBars {
  readonly sourceName: string;
  readonly text: string;
  readonly parsed: BarsImport;
  /** studyBars for this series, memoised on (period, multiplier). */
  readonly study: (period: number, multiplier: number) => BarsStudy;
}

export interface DeskState {
  readonly inputs: Inputs;
  readonly result: DeskResult;
  readonly bars: LoadedBars | null;
  readonly notices: readonly Notice[];
  setInput: (key: InputKey, text: string) => void;
  /** Replaces several inputs at once (restoring a save or a share link). */
  replaceInputs: (inputs: Inputs) => void;
  importBars: (text: string, sourceName: string) => void;
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

/** Parses bar text into LoadedBars (the ATR study is computed lazily, once per period and multiplier). */
export function loadBars(text: string, sourceName: string): LoadedBars {
  const parsed = parseBarsCsv(text);
  return {
    sourceName,
    text,
    parsed,
    study: memoizeLast((period: number, multiplier: number) => studyBars(parsed.series, period, multiplier)),
  };
}

export const useDesk = create<DeskState>()((set, get) => ({
  inputs: DEFAULT_INPUTS,
  result: recompute(DEFAULT_INPUTS, null),
  bars: null,
  notices: [],
  setInput: (key, text) => {
    const { inputs, bars } = get();
    if (inputs[key] === text) return;
    const next = { ...inputs, [key]: text };
    set({ inputs: next, result: recompute(next, bars) });
  },
  replaceInputs: (inputs) => {
    set({ inputs, result: recompute(inputs, get().bars) });
  },
  importBars: (text, sourceName) => {
    const bars = loadBars(text, sourceName);
    set({ bars, result: recompute(get().inputs, bars) });
  },
  clearBars: () => {
    set({ bars: null, result: recompute(get().inputs, null) });
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
