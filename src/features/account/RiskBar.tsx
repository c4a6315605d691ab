import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { AccountLevels, AccountOutputs, LimitLevel } from '../../core';
import { Output } from '../../components/Output';
import { useAccountLevel, useAccountNote, useAccountText } from '../../store/selectors';

const LEVEL_WORDS: Readonly<Record<LimitLevel, string>> = {
  ok: '',
  near: 'near the limit',
  over: 'limit reached',
};

/** One figure of the risk bar, with its note and, when a limit is near or reached, the words for it. */
function BarFigure({
  outputKey,
  noteKey,
  label,
  level,
}: {
  outputKey: keyof AccountOutputs;
  noteKey?: keyof AccountOutputs;
  label: string;
  level?: keyof AccountLevels;
}) {
  const value = useAccountText(outputKey);
  const note = useAccountNote(noteKey);
  const state = useAccountLevel(level);
  const words = LEVEL_WORDS[state];
  return (
    <div className={`risk-bar__item risk-bar__item--${state}`}>
      <Output id={`bar-${outputKey}`} label={label} value={value} note={note} />
      {words === '' ? null : <p className="risk-bar__level">{words}</p>}
    </div>
  );
}

/** Keeps `--risk-bar-height` on the page equal to the bar's height, for what sticks just below it. */
function useHeightVariable(): RefObject<HTMLElement | null> {
  const bar = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const element = bar.current;
    if (element === null || typeof ResizeObserver === 'undefined') return undefined;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      root.style.setProperty('--risk-bar-height', `${element.offsetHeight}px`);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, []);
  return bar;
}

/** The account's risk at a glance, always in view: equity, risk budget, open risk, margin in use, daily loss. */
export function RiskBar() {
  const bar = useHeightVariable();
  return (
    <section className="risk-bar" aria-label="Account risk" ref={bar}>
      <BarFigure outputKey="accountEquity" label="Equity" />
      <BarFigure outputKey="riskBudget" noteKey="riskBudgetNote" label="Risk budget" />
      <BarFigure outputKey="openRisk" noteKey="openRiskNote" label="Open risk" level="openRisk" />
      <BarFigure outputKey="marginInUse" noteKey="marginInUseNote" label="Margin in use" level="margin" />
      <BarFigure
        outputKey="dailyLossLeft"
        noteKey="dailyLossNote"
        label="Daily loss left"
        level="dailyLoss"
      />
    </section>
  );
}
