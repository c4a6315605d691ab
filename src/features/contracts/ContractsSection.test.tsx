import { act, render, renderHook, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDesk } from '../../store/deskStore';
import { useCatalogue } from '../../store/selectors';
import { ContractsSection } from '../sections/ContractsSection';

beforeEach(() => {
  useDesk.setState(useDesk.getInitialState(), true);
  useDesk.getState().setToday({ year: 2026, month: 11, day: 21 });
});

const textbox = (name: string) => screen.getByRole('textbox', { name });

/** The message a field's aria-describedby points at (its error), or null. */
function messageOf(input: HTMLElement): string | null {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
  const id = ids[0];
  return id === undefined ? null : (document.getElementById(id)?.textContent ?? null);
}

/** The card of a product in the catalogue, by its symbol and name. */
const card = (name: string) => screen.getByRole('article', { name });

// Whole sections under user-event: slow on a shared 2-core machine, so a longer limit than the default 5 s.
describe('Contracts section', { timeout: 20_000 }, () => {
  it('shows every product grouped by asset class with its spec, front contract, limit rule and source', () => {
    render(<ContractsSection />);
    for (const group of ['Equity index', 'Metals', 'Energy', 'Currencies']) {
      expect(screen.getByRole('heading', { level: 4, name: group })).toBeTruthy();
    }
    expect(screen.queryByRole('heading', { level: 4, name: 'Yours' })).toBeNull();
    const sil = card('SIL Micro Silver');
    expect(sil.textContent).toContain('$1,000 per 1.00 move');
    expect(sil.textContent).toContain('0.005 = $5.00');
    expect(sil.textContent).toContain('1 SI = 5 SIL');
    // On 2026-11-21 SILZ6 is the front: it rolls 2 business days before first notice (Mon 30 Nov), on
    // Wed 25 Nov (Thanksgiving is no business day), and last trades on the third last business day of
    // December, Tue 29 Dec: 9 + 29 = 38 days on.
    expect(sil.textContent).toContain('SILZ6');
    expect(sil.textContent).toContain('2026-12-29 (Tue), in 38 days');
    expect(sil.textContent).toContain(
      'No daily price limits (dynamic circuit breakers): stressed with custom moves only',
    );
    expect(within(sil).getByRole('link', { name: /CME contract specifications/ })).toHaveProperty(
      'href',
      'https://www.cmegroup.com/markets/metals/precious/silver-micro.contractSpecs.html',
    );
    const m6e = card('M6E Micro EUR/USD');
    expect(m6e.textContent).toContain('0.0001 = $1.25');
    expect(m6e.textContent).toContain('Ticks differ: M6E’s 0.0001 is 2 × 6E’s 0.00005');
    expect(m6e.textContent).toContain('No price limits: custom moves only');
    expect(card('M2K Micro E-mini Russell 2000').textContent).toContain(
      '7/13/20 % of the reference — stress levels',
    );
    // The margins and commissions stay editable on their cards.
    const m2k = within(card('M2K Micro E-mini Russell 2000'));
    expect(m2k.getByRole('textbox', { name: 'M2K initial margin' })).toBeTruthy();
  });

  it('refuses a bad tick at the Tick field, accepts the fixed definition and lists it under Yours', async () => {
    const user = userEvent.setup();
    render(<ContractsSection />);
    await user.click(screen.getByRole('button', { name: 'Add contract' }));
    const symbol = textbox('Symbol (custom contract 1)');
    expect(document.activeElement).toBe(symbol);
    await user.type(symbol, 'xau');
    await user.type(textbox('Name (custom contract 1)'), 'Half gold');
    await user.type(textbox('Point value (custom contract 1)'), '50');
    await user.type(textbox('Commission per side (custom contract 1)'), '1.25');
    const tick = textbox('Tick (custom contract 1)');
    await user.type(tick, '0.1x');
    expect(tick.getAttribute('aria-invalid')).toBe('true');
    expect(messageOf(tick)).toMatch(/0\.1x/);
    // Only the bad field has a message; the row is not usable yet.
    expect(textbox('Point value (custom contract 1)').getAttribute('aria-invalid')).toBe('false');
    expect(screen.getByText('Not usable yet: see the messages at the fields.')).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 4, name: 'Yours' })).toBeNull();

    await user.type(tick, '{Backspace}');
    expect(tick.getAttribute('aria-invalid')).toBe('false');
    expect(messageOf(tick)).toBeNull();
    expect(screen.getByText('Usable in every contract picker: tick 0.1 = $5.00.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: 'Yours' })).toBeTruthy();
    const xau = card('XAU Half gold');
    expect(xau.textContent).toContain('$50 per 1.00 move');
    expect(xau.textContent).toContain('No limit rule (custom contract): custom moves only');
  });

  it('checks a pairing’s ratio against the point values and refuses a built-in symbol', async () => {
    const user = userEvent.setup();
    render(<ContractsSection />);
    await user.click(screen.getByRole('button', { name: 'Add contract' }));
    await user.type(textbox('Symbol (custom contract 1)'), 'ES');
    expect(messageOf(textbox('Symbol (custom contract 1)'))).toBe(
      'ES is a built-in contract and cannot be redefined; choose another symbol.',
    );
    await user.clear(textbox('Symbol (custom contract 1)'));
    await user.type(textbox('Symbol (custom contract 1)'), 'NSIL');
    await user.type(textbox('Name (custom contract 1)'), 'Nano silver');
    await user.type(textbox('Point value (custom contract 1)'), '100');
    await user.type(textbox('Tick (custom contract 1)'), '0.005');
    await user.type(textbox('Commission per side (custom contract 1)'), '0');
    await user.type(textbox('Pairs with (custom contract 1)'), 'SI');
    await user.type(textbox('Ratio (custom contract 1)'), '5');
    expect(messageOf(textbox('Ratio (custom contract 1)'))).toBe(
      '5 micros per standard does not match the point values: $5,000 ÷ $100 = 50.',
    );
    await user.type(textbox('Ratio (custom contract 1)'), '0');
    expect(messageOf(textbox('Ratio (custom contract 1)'))).toBeNull();
    expect(card('NSIL Nano silver').textContent).toContain('1 SI = 50 NSIL');
  });

  it('keeps the catalogue while other inputs change; rebuilds it for a new day or a new contract', () => {
    const { result } = renderHook(() => useCatalogue());
    const first = result.current;
    act(() => {
      useDesk.getState().setInput('entry', '2000');
    });
    expect(result.current).toBe(first);
    act(() => {
      useDesk.getState().setToday({ year: 2026, month: 12, day: 21 });
    });
    expect(result.current).not.toBe(first);
    const m2k = result.current[0]?.products.find((p) => p.symbol === 'M2K');
    expect(m2k?.frontContract).toBe('M2KH7');
  });

  it('keeps each row’s fields apart and moves the focus when a row is removed', async () => {
    const user = userEvent.setup();
    render(<ContractsSection />);
    await user.click(screen.getByRole('button', { name: 'Add contract' }));
    await user.click(screen.getByRole('button', { name: 'Add contract' }));
    expect(document.activeElement).toBe(textbox('Symbol (custom contract 2)'));
    await user.type(textbox('Symbol (custom contract 2)'), 'B');
    await user.click(screen.getByRole('button', { name: 'Remove custom contract 1' }));
    // The second row takes the first one's place and the focus.
    expect(document.activeElement).toBe(textbox('Symbol (custom contract 1)'));
    expect(textbox('Symbol (custom contract 1)')).toHaveProperty('value', 'B');
    await user.click(screen.getByRole('button', { name: 'Remove custom contract 1' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add contract' }));
  });
});
