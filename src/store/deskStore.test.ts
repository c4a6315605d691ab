import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS } from '../core';
import { useDesk } from './deskStore';
import { deskOutputs } from '../core';

/** The flat display texts of the store's view, as the panels show them. */
const shown = () => deskOutputs(useDesk.getState().view);

const BARS = [
  'Date,Open,High,Low,Close',
  ...Array.from({ length: 20 }, (_, i) => `2026-10-${String(i + 1).padStart(2, '0')},2000,2010,1990,2000`),
].join('\n');

beforeEach(() => {
  useDesk.setState(useDesk.getInitialState(), true);
  useDesk.getState().setToday({ year: 2026, month: 11, day: 21 });
});

describe('desk store', () => {
  it('recomputes synchronously on every input change', () => {
    const { setInput } = useDesk.getState();
    setInput('entry', '2000');
    setInput('stopPrice', '1990');
    expect(shown().contracts).toBe('4 M2K');
    setInput('equity', '50000');
    expect(shown().contracts).toBe('9 M2K');
    expect(useDesk.getState().inputs.equity).toBe('50000');
  });

  it('takes today by injection and recomputes the calendar figures when the day changes', () => {
    expect(shown().frontMonth).toBe('M2KZ6');
    useDesk.getState().setToday({ year: 2026, month: 12, day: 11 });
    expect(shown().frontMonth).toBe('M2KH7');
    useDesk.getState().setInput('symbol', 'ES');
    expect(shown().frontMonth).toBe('ESH7');
  });

  it('shows no calendar figures before the app has told it the date', () => {
    useDesk.setState(useDesk.getInitialState(), true);
    expect(useDesk.getState().today).toBeNull();
    expect(shown().frontMonth).toBe('—');
  });

  it('puts the sized position in the book with its stop, and leaves a blank row out until it is filled', () => {
    const { setInputs, addSizedToBook, addBookRow } = useDesk.getState();
    setInputs({ entry: '2000', stopPrice: '1990' });
    expect(addSizedToBook()).toBe('4 M2K long');
    expect(useDesk.getState().book).toEqual([
      { id: 'p1', symbol: 'M2K', side: 'long', quantity: '4', entry: '2000.0', stop: '1990.0' },
    ]);
    const before = shown();
    addBookRow();
    const after = shown();
    expect(after.bookLeftOut).toBe('Position 2 left out: quantity is empty.');
    expect({ ...after, bookLeftOut: '' }).toEqual({ ...before, bookLeftOut: '' });
  });

  it('computes the ATR from imported bars and copies it into the stop in one action', async () => {
    // Every bar: high − low = 20, no gaps → ATR(14) = 20.
    await useDesk.getState().importBars(BARS, 'bars.csv');
    expect(shown().atrFromBars).toBe('20.00');
    useDesk.getState().setInputs({ entry: '2000' });
    useDesk.getState().useAtrFromBars();
    const { inputs } = useDesk.getState();
    expect(inputs.atr).toBe('20.00');
    expect(inputs.stopMethod).toBe('atr');
    expect(shown().stopAt).toBe('1,950.0');
  });

  it('keeps only the latest of two overlapping imports', async () => {
    const first = useDesk.getState().importBars(BARS, 'first.csv');
    const second = useDesk
      .getState()
      .importBars('Date,Open,High,Low,Close\n2026-10-01,1,2,0.5,1', 'second.csv');
    await Promise.all([first, second]);
    expect(useDesk.getState().bars?.source.sourceName).toBe('second.csv');
    expect(shown().atrFromBars).toBe('—');
  });

  it.each([
    // [field, text, method key, from, to]
    ['stopPrice', '1990', 'stopMethod', 'ticks', 'price'],
    ['stopTicks', '100', 'stopMethod', 'atr', 'ticks'],
    ['atr', '20', 'stopMethod', 'price', 'atr'],
    ['spreadBeta', '1.2', 'spreadMethod', 'notional', 'beta'],
    ['spreadLongAtr', '30', 'spreadMethod', 'beta', 'volatility'],
    ['spreadShortAtr', '70', 'spreadMethod', 'notional', 'volatility'],
  ] as const)(
    'typing into %s selects its method, in the same recompute',
    (key, text, methodKey, from, to) => {
      const { setInputs, setInput } = useDesk.getState();
      setInputs({ entry: '2000', spreadLongPrice: '2000', spreadShortPrice: '5800', [methodKey]: from });
      let updates = 0;
      const unsubscribe = useDesk.subscribe(() => (updates += 1));
      setInput(key, text);
      unsubscribe();
      expect(updates).toBe(1);
      expect(useDesk.getState().inputs[key]).toBe(text);
      expect(useDesk.getState().inputs[methodKey]).toBe(to);
    },
  );

  it('computes the figures with the method the typed field selected', () => {
    const { setInputs, setInput } = useDesk.getState();
    setInputs({ entry: '2000', stopMethod: 'ticks', stopTicks: '' });
    setInput('stopPrice', '1990');
    // 1 % of $25,000 = $250; M2K 10 points × $5 + 1 tick + 2 × $0.62 = $51.74 → 4 M2K with the 1,990.0 stop.
    expect(useDesk.getState().view.sizer).toMatchObject({ stopAt: '1,990.0', contracts: '4 M2K' });
    setInput('spreadBeta', '1.2');
    setInputs({ spreadLongPrice: '2000', spreadShortPrice: '5800' });
    // β 1.2 × $10,000 ÷ $29,000 = 0.4138 MES per M2K.
    expect(useDesk.getState().view.spread.spreadHedgeRatio).toBe('0.4138');
  });

  it('leaves the stop method alone when the ATR multiplier is typed, and when a text does not change', () => {
    const { setInputs, setInput } = useDesk.getState();
    setInputs({ stopMethod: 'ticks', stopPrice: '1990' });
    setInput('atrMultiplier', '3');
    expect(useDesk.getState().inputs.stopMethod).toBe('ticks');
    setInput('stopPrice', '1990');
    expect(useDesk.getState().inputs.stopMethod).toBe('ticks');
  });

  it('resets contract costs to the defaults', () => {
    useDesk.getState().setInputs({ 'M2K.initial': '715', 'ES.commission': '1' });
    useDesk.getState().resetContractCosts();
    expect(useDesk.getState().inputs['M2K.initial']).toBe(DEFAULT_INPUTS['M2K.initial']);
    expect(useDesk.getState().inputs['ES.commission']).toBe(DEFAULT_INPUTS['ES.commission']);
  });
});

describe('exporting the book', () => {
  it('writes the typed rows with their open P&L and risk, escaping what a spreadsheet would run', () => {
    const { setInputs, addSizedToBook, addBookRow, updateBookRow } = useDesk.getState();
    setInputs({ entry: '2000', stopPrice: '1990', 'stress.RTY.reference': '1990.0' });
    addSizedToBook();
    addBookRow();
    updateBookRow('p2', 'quantity', '=SUM(A1)');
    expect(useDesk.getState().exportBookCsv()).toBe(
      'Position,Symbol,Side,Quantity,Entry,Stop,Open P&L (USD),Risk to stop (USD),Note\r\n' +
        // 4 M2K marked at 1,990.0: open P&L 4 × −10 × $5 = −$200; the mark sits on the stop: costs only,
        // 4 × (1 tick × $0.50 + 2 × $0.62) = $6.96.
        '1,M2K,long,4,2000.0,1990.0,-200.00,6.96,The mark is already past this stop: only its costs are counted.\r\n' +
        "2,M2K,long,'=SUM(A1),,,,,Left out: quantity is not valid.\r\n",
    );
  });
});
