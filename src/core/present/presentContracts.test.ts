import { describe, expect, it } from 'vitest';
import { parseIsoDate, type CalendarDate } from '../calendar';
import { deskRegistry } from '../products/deskRegistry';
import { BUILT_IN_REGISTRY } from '../products/registry';
import {
  customProductNote,
  presentCatalogue,
  presentCatalogueProduct,
  type CatalogueProductView,
} from './presentContracts';

const iso = (text: string): CalendarDate => {
  const date = parseIsoDate(text);
  if (date === null) throw new Error(`bad test date ${text}`);
  return date;
};

const view = (symbol: string, today: CalendarDate | null = null): CatalogueProductView => {
  const spec = BUILT_IN_REGISTRY.get(symbol);
  if (spec === undefined) throw new Error(`no product ${symbol}`);
  return presentCatalogueProduct(spec, BUILT_IN_REGISTRY, today);
};

const EMPTY_ROW = {
  pairsWith: '',
  ratio: '',
  initial: '',
  maintenance: '',
  dayTrade: '',
  commission: '0',
};

describe('catalogue: specs as text', () => {
  // $ per 1.00 move, tick = $ per tick (tick × point value), pairing with its own ratio (FACTS.md tables).
  it.each([
    ['SIL', '$1,000 per 1.00 move', '0.005 = $5.00', '1 SI = 5 SIL', 'COMEX'],
    ['SI', '$5,000 per 1.00 move', '0.005 = $25.00', '1 SI = 5 SIL', 'COMEX'],
    ['M6E', '$12,500 per 1.00 move', '0.0001 = $1.25', '1 6E = 10 M6E', 'CME'],
    ['6E', '$125,000 per 1.00 move', '0.00005 = $6.25', '1 6E = 10 M6E', 'CME'],
    // Exact, not rounded to the cent: 0.0001 × 6,250 = 0.625.
    ['M6B', '$6,250 per 1.00 move', '0.0001 = $0.625', '1 6B = 10 M6B', 'CME'],
    ['MGC', '$10 per 1.00 move', '0.1 = $1.00', '1 GC = 10 MGC', 'COMEX'],
    ['MCL', '$100 per 1.00 move', '0.01 = $1.00', '1 CL = 10 MCL', 'NYMEX'],
    ['M2K', '$5 per 1.00 move', '0.1 = $0.50', '1 RTY = 10 M2K', 'CME'],
    ['MYM', '$0.50 per 1.00 move', '1 = $0.50', '1 YM = 10 MYM', 'CBOT'],
    ['ES', '$50 per 1.00 move', '0.25 = $12.50', '1 ES = 10 MES', 'CME'],
  ])('%s: %s, tick %s, %s, %s', (symbol, pointValue, tick, pairing, exchange) => {
    const product = view(symbol);
    expect(product.pointValue).toBe(pointValue);
    expect(product.tick).toBe(tick);
    expect(product.pairing).toBe(pairing);
    expect(product.exchange).toBe(exchange);
  });

  it('says when a pair’s ticks differ (M6E 0.0001 is twice 6E’s 0.00005), and only then', () => {
    const note = 'Ticks differ: M6E’s 0.0001 is 2 × 6E’s 0.00005';
    expect(view('M6E').pairingNote).toBe(note);
    expect(view('6E').pairingNote).toBe(note);
    expect(view('M6B').pairingNote).toBe('');
    expect(view('SIL').pairingNote).toBe('');
  });

  it.each([
    ['ES', 'Quarterly: Mar, Jun, Sep, Dec (H M U Z)', /^Third Friday of the contract month/],
    ['6B', 'Quarterly: Mar, Jun, Sep, Dec (H M U Z)', /^2nd business day before the third Wednesday/],
    ['MGC', 'Every other month: Feb, Apr, Jun, Aug, Oct, Dec (G J M Q V Z)', /^Third last business day/],
    ['SIL', 'Active months: Mar, May, Jul, Sep, Dec (H K N U Z)', /^Third last business day/],
    ['CL', 'Monthly: every month (F–Z)', /^3 business days before the 25th of the month before/],
    ['MCL', 'Monthly: every month (F–Z)', /^1 business day before the matching CL contract/],
  ])('%s lists %s; last trading day %s', (symbol, listing, rule) => {
    expect(view(symbol).listing).toBe(listing);
    expect(view(symbol).lastTradingDayRule).toMatch(rule);
  });

  it.each([
    ['RTY', '7/13/20 % of the reference — stress levels', false],
    ['MYM', '7/13/20 % of the reference — stress levels', false],
    ['GC', 'No daily price limits (dynamic circuit breakers): stressed with custom moves only', true],
    ['MCL', 'No daily price limits (dynamic circuit breakers): stressed with custom moves only', true],
    ['M6E', 'No price limits: custom moves only', true],
  ])('%s: %s', (symbol, words, customOnly) => {
    expect(view(symbol).priceLimit).toBe(words);
    expect(view(symbol).customMovesOnly).toBe(customOnly);
  });

  it('links each built-in to its CME page', () => {
    for (const spec of BUILT_IN_REGISTRY.products) {
      expect(view(spec.symbol).sourceUrl).toMatch(/^https:\/\/www\.cmegroup\.com\//);
    }
  });
});

describe('catalogue: the front contract on the injected day', () => {
  // The same days and contracts as listings.test.ts "front month per product" (from CME's calendars).
  it.each([
    ['MGC', '2026-03-27', 'MGCJ6', '2026-04-28 (Tue), in 32 days'],
    ['SIL', '2026-02-26', 'SILK6', '2026-05-27 (Wed), in 90 days'],
    ['CL', '2026-03-18', 'CLK6', '2026-04-21 (Tue), in 34 days'],
    ['MCL', '2026-03-18', 'MCLK6', '2026-04-20 (Mon), in 33 days'],
    ['6E', '2026-03-09', '6EH6', '2026-03-16 (Mon), in 7 days'],
    // Juneteenth 2026 is the third Friday: ESM6 stops a day early.
    ['ES', '2026-06-11', 'ESM6', '2026-06-18 (Thu), in 7 days'],
    ['M2K', '2026-11-21', 'M2KZ6', '2026-12-18 (Fri), in 27 days'],
    ['6E', '2026-03-15', '6EM6', '2026-06-15 (Mon), in 92 days'],
  ])('%s on %s: %s, last trading day %s', (symbol, today, code, last) => {
    const product = view(symbol, iso(today));
    expect(product.frontContract).toBe(code);
    expect(product.frontLastTradingDay).toBe(last);
  });

  it('keeps the expiring contract as the front on its roll day', () => {
    // CLJ6: roll 2026-03-17, last trade 2026-03-20; the next day the front is CLK6.
    expect(view('CL', iso('2026-03-17')).frontLastTradingDay).toBe('2026-03-20 (Fri), in 3 days');
    expect(view('CL', iso('2026-03-18')).frontContract).toBe('CLK6');
  });

  it('shows "—" until today is known', () => {
    expect(view('ES').frontContract).toBe('—');
    expect(view('ES').frontLastTradingDay).toBe('');
  });
});

describe('catalogue: groups and custom contracts', () => {
  it('groups the 18 built-ins by asset class, in a fixed order, and leaves out an empty "Yours"', () => {
    const groups = presentCatalogue(BUILT_IN_REGISTRY, iso('2026-11-21'));
    expect(groups.map((g) => [g.title, g.products.map((p) => p.symbol).join(' ')])).toEqual([
      ['Equity index', 'RTY M2K ES MES NQ MNQ YM MYM'],
      ['Metals', 'GC MGC SI SIL'],
      ['Energy', 'CL MCL'],
      ['Currencies', '6E M6E 6B M6B'],
    ]);
  });

  it('lists accepted custom contracts under "Yours", paired with a built-in or each other', () => {
    const { registry } = deskRegistry([
      { id: 'c1', symbol: 'xau', name: 'Half gold', pointValue: '50', tick: '0.1', ...EMPTY_ROW },
      {
        id: 'c2',
        symbol: 'XAUM',
        name: 'Tenth of half gold',
        pointValue: '5',
        tick: '0.1',
        ...EMPTY_ROW,
        pairsWith: 'XAU',
        ratio: '10',
      },
      // Refused (no tick): never in the catalogue.
      { id: 'c3', symbol: 'BAD', name: 'Bad', pointValue: '5', tick: '', ...EMPTY_ROW },
    ]);
    const groups = presentCatalogue(registry, iso('2026-11-21'));
    const yours = groups.find((g) => g.assetClass === 'custom');
    expect(yours?.title).toBe('Yours');
    expect(yours?.products.map((p) => p.symbol)).toEqual(['XAU', 'XAUM']);
    const micro = yours?.products[1];
    expect(micro).toMatchObject({
      exchange: 'Your definition',
      pointValue: '$5 per 1.00 move',
      tick: '0.1 = $0.50',
      pairing: '1 XAU = 10 XAUM',
      frontContract: '—',
      frontLastTradingDay: '',
      priceLimit: 'No limit rule (custom contract): custom moves only',
      customMovesOnly: true,
      sourceUrl: null,
    });
    expect(micro?.listing).toMatch(/^None/);
  });

  it('notes an accepted custom contract with its tick value', () => {
    const { registry } = deskRegistry([
      { id: 'c1', symbol: 'MXY', name: 'Micro XY', pointValue: '2.5', tick: '0.25', ...EMPTY_ROW },
    ]);
    const spec = registry.get('MXY');
    expect(spec === undefined ? null : customProductNote(spec)).toBe(
      'Usable in every contract picker: tick 0.25 = $0.625.',
    );
  });
});
