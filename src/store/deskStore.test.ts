import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS } from '../core';
import { useDesk } from './deskStore';

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
    expect(useDesk.getState().result.outputs.contracts).toBe('4 M2K');
    setInput('equity', '50000');
    expect(useDesk.getState().result.outputs.contracts).toBe('9 M2K');
    expect(useDesk.getState().inputs.equity).toBe('50000');
  });

  it('takes today by injection and recomputes the calendar figures when the day changes', () => {
    expect(useDesk.getState().result.outputs.frontMonth).toBe('M2KZ6');
    useDesk.getState().setToday({ year: 2026, month: 12, day: 11 });
    expect(useDesk.getState().result.outputs.frontMonth).toBe('M2KH7');
    useDesk.getState().setInput('symbol', 'ES');
    expect(useDesk.getState().result.outputs.frontMonth).toBe('ESH7');
  });

  it('shows no calendar figures before the app has told it the date', () => {
    useDesk.setState(useDesk.getInitialState(), true);
    expect(useDesk.getState().today).toBeNull();
    expect(useDesk.getState().result.outputs.frontMonth).toBe('—');
  });

  it('puts the sized position in the book with its stop, and leaves a blank row out until it is filled', () => {
    const { setInputs, addSizedToBook, addBookRow } = useDesk.getState();
    setInputs({ entry: '2000', stopPrice: '1990' });
    expect(addSizedToBook()).toBe('4 M2K long');
    expect(useDesk.getState().book).toEqual([
      { id: 'p1', symbol: 'M2K', side: 'long', quantity: '4', entry: '2000.0', stop: '1990.0' },
    ]);
    const before = useDesk.getState().result.outputs;
    addBookRow();
    const after = useDesk.getState().result.outputs;
    expect(after.bookLeftOut).toBe('Position 2 left out: quantity is empty.');
    expect({ ...after, bookLeftOut: '' }).toEqual({ ...before, bookLeftOut: '' });
  });

  it('computes the ATR from imported bars and copies it into the stop in one action', async () => {
    // Every bar: high − low = 20, no gaps → ATR(14) = 20.
    await useDesk.getState().importBars(BARS, 'bars.csv');
    expect(useDesk.getState().result.outputs.atrFromBars).toBe('20.00');
    useDesk.getState().setInputs({ entry: '2000' });
    useDesk.getState().useAtrFromBars();
    const { inputs, result } = useDesk.getState();
    expect(inputs.atr).toBe('20.00');
    expect(inputs.stopMethod).toBe('atr');
    expect(result.outputs.stopAt).toBe('1,950.0');
  });

  it('keeps only the latest of two overlapping imports', async () => {
    const first = useDesk.getState().importBars(BARS, 'first.csv');
    const second = useDesk
      .getState()
      .importBars('Date,Open,High,Low,Close\n2026-10-01,1,2,0.5,1', 'second.csv');
    await Promise.all([first, second]);
    expect(useDesk.getState().bars?.source.sourceName).toBe('second.csv');
    expect(useDesk.getState().result.outputs.atrFromBars).toBe('—');
  });

  it('resets contract costs to the defaults', () => {
    useDesk.getState().setInputs({ 'M2K.initial': '715', 'ES.commission': '1' });
    useDesk.getState().resetContractCosts();
    expect(useDesk.getState().inputs['M2K.initial']).toBe(DEFAULT_INPUTS['M2K.initial']);
    expect(useDesk.getState().inputs['ES.commission']).toBe(DEFAULT_INPUTS['ES.commission']);
  });
});
