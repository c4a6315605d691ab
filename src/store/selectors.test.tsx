import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDesk } from './deskStore';
import {
  useAccountLevel,
  useAccountText,
  useBestMatches,
  useBookError,
  useBookRowText,
  useCanAddSpread,
  useCanAddToBook,
  useFieldError,
  useHasAtrFromBars,
  useHedgeLegCount,
  useMarginCall,
  useOutput,
  useOutputNote,
  useScenarioCell,
  useSizerText,
  useStressApproximate,
  useStressFamilies,
  useStressLeftOut,
  useStressLevel,
  useStressMarkFromBook,
  useStressMarkInput,
  useStressProblem,
} from './selectors';

beforeEach(() => {
  useDesk.setState(useDesk.getInitialState(), true);
  useDesk.getState().setToday({ year: 2026, month: 11, day: 21 });
});

const setInputs = (changes: Parameters<ReturnType<typeof useDesk.getState>['setInputs']>[0]) => {
  act(() => {
    useDesk.getState().setInputs(changes);
  });
};

/** 10 M2K long from 2,000 with the Russell reference and cash close of the stress tests. */
function stressedBook() {
  act(() => {
    useDesk.getState().replaceAll(
      {
        ...useDesk.getState().inputs,
        'stress.RTY.reference': '2000',
        'stress.RTY.cash': '1995.37',
        'stress.ES.reference': '5800.10',
        maxOpenRiskPct: '2.5',
      },
      [
        { id: 'p1', symbol: 'M2K', side: 'long', quantity: '10', entry: '2000', stop: '1990' },
        { id: 'p2', symbol: 'ES', side: 'long', quantity: '1', entry: '5800', stop: '' },
        { id: 'p3', symbol: 'M2K', side: 'long', quantity: '2.5', entry: '2000', stop: '' },
      ],
    );
  });
}

describe('named selectors', () => {
  it('read the sizer’s texts, flat or by section, and its actions’ availability', () => {
    const { result } = renderHook(() => ({
      contracts: useOutput('contracts'),
      sameContracts: useSizerText('contracts'),
      budget: useAccountText('riskBudget'),
      budgetNote: useOutputNote('riskBudgetNote'),
      noNote: useOutputNote(undefined),
      canAdd: useCanAddToBook(),
      canAddSpread: useCanAddSpread(),
      stopError: useFieldError('stopPrice'),
    }));
    expect(result.current).toMatchObject({ contracts: '—', canAdd: false, canAddSpread: false });
    setInputs({ entry: '2000', stopPrice: '1990', spreadLongPrice: '2000', spreadShortPrice: '5800' });
    expect(result.current).toEqual({
      contracts: '4 M2K',
      sameContracts: '4 M2K',
      budget: '$250.00',
      budgetNote: 'Set by the risk per trade',
      noNote: undefined,
      canAdd: true,
      canAddSpread: false,
      stopError: undefined,
    });
    setInputs({ stopPrice: '2010', spreadLongQty: '29' });
    expect(result.current).toMatchObject({
      contracts: '—',
      canAdd: false,
      canAddSpread: true,
      stopError: 'For a long, the stop must be below the entry price (2,000.0).',
    });
  });

  it('read the stress panel: levels, marks, problems, cells and the margin call as a boolean', () => {
    const { result } = renderHook(() => ({
      families: useStressFamilies(),
      limit7: useStressLevel('RTY', 'limit7'),
      mark: useStressLevel('RTY', 'mark'),
      esLimit: useStressLevel('ES', 'limit7'),
      approximate: useStressApproximate('RTY'),
      fromBook: useStressMarkFromBook('RTY'),
      markInput: useStressMarkInput('RTY'),
      problem: useStressProblem('ES'),
      leftOut: useStressLeftOut(),
      pnl: useScenarioCell('20%', 'pnl'),
      call: useScenarioCell('20%', 'call'),
      marginCall: useMarginCall('20%'),
      noCall: useMarginCall('overnight up'),
      rowRisk: useBookRowText('p1', 'risk'),
      rowNote: useBookRowText('p3', 'note'),
      unknownRow: useBookRowText('p9', 'openPnl'),
      rowError: useBookError('p3', 'quantity'),
      openRiskLevel: useAccountLevel('openRisk'),
      noLevel: useAccountLevel(undefined),
    }));
    stressedBook();
    expect(result.current).toEqual({
      families: ['RTY', 'ES'],
      limit7: '1,860.4',
      mark: '2,000.0',
      esLimit: '—',
      approximate: false,
      fromBook: false,
      markInput: '2000.0',
      problem: 'its reference price is not valid',
      leftOut: 'ES left out: its reference price is not valid.',
      // 10 × $5 × (1,601.0 − 2,000.0) = −$19,950: equity $5,050 under $23,520 of maintenance (M2K and ES);
      // overnight up +$6,980: $31,980, no call.
      pnl: '-$19,950.00',
      call: 'Yes',
      marginCall: true,
      noCall: false,
      // 10 × (10 points × $5 + 1 tick × $0.50 + 2 × $0.62) = $517.40
      rowRisk: '$517.40',
      rowNote: 'Left out: quantity is not valid.',
      unknownRow: '—',
      rowError: 'Enter a whole number at least 1 and at most 100,000.',
      // $517.40 of the $625.00 max open risk (2.5 % of $25,000) is 82.8 % used: near the limit.
      openRiskLevel: 'near',
      noLevel: 'ok',
    });
  });

  it('give the hedge legs as counts, the best matches as rows, and say when the bars give an ATR', () => {
    const { result } = renderHook(() => ({
      rty: useHedgeLegCount('RTY'),
      m2k: useHedgeLegCount('M2K'),
      matches: useBestMatches(),
      hasAtr: useHasAtrFromBars(),
    }));
    expect(result.current).toEqual({ rty: null, m2k: null, matches: [], hasAtr: false });
    setInputs({
      hedgeValue: '250,000',
      hedgeBeta: '1.2',
      hedgeRatioPct: '40',
      hedgeSymbol: 'RTY',
      hedgePrice: '2000',
      spreadLongPrice: '2000',
      spreadShortPrice: '5800',
      spreadMaxPerLeg: '30',
    });
    // $120,000 ÷ $10,000 per M2K = 12 micro units = 1 RTY + 2 M2K.
    expect(result.current).toMatchObject({ rty: 1, m2k: 2, hasAtr: false });
    expect(result.current.matches[0]).toEqual({ text: '29 M2K : 10 MES', mismatch: '0.00%' });
  });

  it('re-render only what a keystroke changes: typing the entry leaves the stress and the spread alone', () => {
    stressedBook();
    setInputs({ spreadLongPrice: '2000', spreadShortPrice: '5800' });
    let renders = 0;
    const { result } = renderHook(() => {
      renders += 1;
      return {
        cell: useScenarioCell('7%', 'pnl'),
        level: useStressLevel('RTY', 'limit20'),
        families: useStressFamilies(),
        matches: useBestMatches(),
        ratio: useOutput('spreadHedgeRatio'),
      };
    });
    const before = result.current;
    const spreadView = useDesk.getState().view.spread;
    setInputs({ entry: '2000' });
    setInputs({ entry: '2000.1', stopPrice: '1990' });
    expect(renders).toBe(1);
    expect(result.current).toBe(before);
    expect(useDesk.getState().view.spread).toBe(spreadView);
    expect(useDesk.getState().view.sizer.stopAt).toBe('1,990.0');
  });
});
