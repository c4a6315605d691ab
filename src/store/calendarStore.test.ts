import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, stressKey } from '../core';
import { useDesk } from './deskStore';
import { readSave, snapshotJson } from './persistence';
import { decodeShareLink, encodeShareLink } from './shareLink';

const state = () => useDesk.getState();
const calendar = () => state().view.calendar;

/** One MES long at 5,800 in the book. */
const addMes = () => {
  state().replaceAll(
    state().inputs,
    [{ id: 'b1', symbol: 'MES', side: 'long', quantity: '1', entry: '5800.00', stop: '' }],
    { userEvents: state().userEvents },
  );
};

/** Epoch ms of a UTC instant. */
const at = (iso: string) => new Date(iso).getTime();

beforeEach(() => {
  useDesk.setState(useDesk.getInitialState(), true);
  // Saturday 2026-11-21, noon in Chicago (CST, UTC−6).
  state().setToday({ year: 2026, month: 11, day: 21 });
  state().setNow({ ms: at('2026-11-21T18:00:00Z'), timeZone: 'America/Chicago' });
});

describe('the trader’s events', () => {
  it('adds, edits and removes events; Next events lists them with days to go', () => {
    state().addUserEvent();
    state().addUserEvent();
    expect(state().userEvents.map((row) => row.id)).toEqual(['e1', 'e2']);
    expect(state().userEvents[0]?.importance).toBe('high');
    state().updateUserEvent('e1', 'date', '2026-12-10');
    state().updateUserEvent('e1', 'title', 'CPI');
    // 2026-11-21 → 2026-12-10: 10 days left in November + 10 = 19 days.
    const cpi = calendar().nextEvents.find((event) => event.title === 'CPI');
    expect(cpi?.date).toBe('2026-12-10');
    expect(cpi?.daysToGo).toBe('in 19 days');
    state().removeUserEvent('e1');
    expect(calendar().nextEvents.some((event) => event.title === 'CPI')).toBe(false);
    // The next id is one above the largest in use, never reused while e2 exists.
    state().addUserEvent();
    expect(state().userEvents.map((row) => row.id)).toEqual(['e2', 'e3']);
  });

  it('puts a message at a bad date and leaves the row out, keeping the others', () => {
    state().addUserEvent();
    state().updateUserEvent('e1', 'date', '2026-02-30');
    state().updateUserEvent('e1', 'title', 'NFP');
    expect(state().figures.calendar.userEventErrors['e1.date']).toMatch(/2026-02-30/);
    expect(calendar().nextEvents.some((event) => event.title === 'NFP')).toBe(false);
  });

  it('saves and restores the events; a save without them reads as none; unreadable rows are set aside', () => {
    state().addUserEvent();
    state().updateUserEvent('e1', 'date', '2027-01-13');
    state().updateUserEvent('e1', 'title', 'CPI');
    const json = snapshotJson(state());
    const read = readSave(JSON.parse(json));
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.snapshot.userEvents).toEqual([
      { id: 'e1', date: '2027-01-13', title: 'CPI', importance: 'high' },
    ]);
    const old = readSave({ version: 1, inputs: DEFAULT_INPUTS, book: [] });
    expect(old.kind === 'ok' ? (old.snapshot.userEvents ?? []) : null).toEqual([]);
    const bad = readSave({
      version: 1,
      inputs: DEFAULT_INPUTS,
      book: [],
      events: [{ id: 'e1', date: '2027-01-13', title: 'CPI', importance: 'high' }, { id: 7 }],
    });
    expect(bad.kind === 'ok' ? bad.snapshot.userEvents?.length : null).toBe(1);
    expect(bad.kind === 'ok' ? [...bad.unknown.keys()] : []).toContain('eventRows');
  });

  it('shares the events in a link and opens them', async () => {
    state().addUserEvent();
    state().updateUserEvent('e1', 'date', '2027-01-13');
    state().updateUserEvent('e1', 'title', 'CPI');
    state().updateUserEvent('e1', 'importance', 'medium');
    const link = await decodeShareLink(await encodeShareLink(state()));
    const events = link !== null && 'snapshot' in link ? (link.snapshot.userEvents ?? []) : [];
    expect(events.map(({ date, title, importance }) => ({ date, title, importance }))).toEqual([
      { date: '2027-01-13', title: 'CPI', importance: 'medium' },
    ]);
    state().replaceAll(DEFAULT_INPUTS, []);
    expect(state().userEvents).toEqual([]);
  });
});

describe('Holding days and the Event ATR multiplier', () => {
  it('offers the event multiplier over an FOMC day and changes ATR multiplier only on the click', () => {
    state().setInputs({ atrMultiplier: '2.5', stopMethod: 'atr' });
    // [2026-11-21, 2026-12-11]: NFIB 12-08 is medium; FOMC 12-09 is high.
    state().setInput('holdingDays', '20');
    expect(calendar().holdingEvents).toBe(
      'FOMC decision 2026-12-09 falls inside the holding period (2026-11-21 to 2026-12-11).',
    );
    expect(calendar().holdingOffer).toBe('Use Event ATR multiplier (3.0)');
    expect(state().inputs.atrMultiplier).toBe('2.5');
    state().applyEventAtrMultiplier();
    expect(state().inputs.atrMultiplier).toBe('3.0');
    expect(calendar().holdingOffer).toBe('');
    expect(calendar().holdingOfferNote).toBe(
      'The ATR multiplier is already at least the event multiplier (3.0×).',
    );
  });

  it('offers nothing when no high-importance event falls inside, and the click then does nothing', () => {
    state().setInputs({ atrMultiplier: '2.5', holdingDays: '5' });
    expect(calendar().holdingEvents).toMatch(/^No high-importance event falls inside/);
    expect(calendar().holdingOffer).toBe('');
    state().applyEventAtrMultiplier();
    expect(state().inputs.atrMultiplier).toBe('2.5');
  });

  it('offers the typed event multiplier, and counts the trader’s own high-importance events', () => {
    state().setInputs({ atrMultiplier: '2.0', holdingDays: '2', eventAtrMultiplier: '3.5' });
    expect(calendar().holdingOffer).toBe('');
    state().addUserEvent();
    state().updateUserEvent('e1', 'date', '2026-11-23');
    state().updateUserEvent('e1', 'title', 'Earnings');
    expect(calendar().holdingEvents).toMatch(/^Earnings 2026-11-23 falls inside/);
    expect(calendar().holdingOffer).toBe('Use Event ATR multiplier (3.5)');
  });
});

describe('ETH settings in the sizer', () => {
  /** M2K long 2000 / 1990: 10 points × $5 = $50 + slippage ticks × $0.50 + commission. */
  const size = () => {
    state().setInputs({ entry: '2000', stopPrice: '1990', slippageTicks: '1' });
  };

  it('uses ETH slippage (ticks) in ETH and Slippage (ticks) in RTH', () => {
    size();
    state().setInput('ethSlippageTicks', '5');
    // Wednesday 2026-11-25 10:00 CST: RTH.
    state().setNow({ ms: at('2026-11-25T16:00:00Z'), timeZone: 'America/Chicago' });
    expect(calendar().sessionAssumed).toBe('RTH now');
    const rth = state().figures.sizer.riskPerContract?.[0]?.riskUsd;
    // Wednesday 20:00 CST: ETH; 4 more ticks of slippage × $0.50 = $2.00 more per contract.
    state().setNow({ ms: at('2026-11-26T02:00:00Z'), timeZone: 'America/Chicago' });
    expect(calendar().sessionAssumed).toBe('ETH now');
    const eth = state().figures.sizer.riskPerContract?.[0]?.riskUsd;
    expect(rth?.toFixed(2)).toBeDefined();
    expect(eth?.minus(rth ?? 0).toFixed(2)).toBe('2.00');
  });

  it('sizes for the planned entry time, and the weekend now keeps the RTH settings', () => {
    size();
    expect(calendar().sessionAssumed).toBe('Weekend now: sized for RTH');
    state().setInput('plannedEntryTime', '17:30');
    // Saturday's 17:30 is in the weekend close: the plan is Sunday's, the reopen's first half hour.
    expect(calendar().sessionAssumed).toBe('ETH at the planned entry (Sun 17:30 CT)');
    state().setInput('plannedEntryTime', '09:00');
    expect(calendar().sessionAssumed).toBe('RTH at the planned entry (Mon 09:00 CT)');
    state().setInput('plannedEntryTime', '25:00');
    expect(state().figures.fieldErrors.plannedEntryTime).toBeDefined();
  });

  it('uses the ETH margin basis when held overnight', () => {
    size();
    state().setInputs({ marginBasis: 'dayTrade', ethMarginBasis: 'initial' });
    state().setNow({ ms: at('2026-11-25T16:00:00Z'), timeZone: 'America/Chicago' });
    state().setInput('holdingDays', '0');
    expect(state().figures.calendar.sizerSession?.ethMargin).toBe(false);
    state().setInput('holdingDays', '1');
    expect(state().figures.calendar.sizerSession?.ethMargin).toBe(true);
    expect(calendar().sessionAssumedNote).toBe(
      'Uses Slippage (ticks) and the ETH margin basis: held overnight, no day-trade margin.',
    );
  });
});

describe('SOQ flag', () => {
  it('flags the sized trade held into its front month’s last trading day', () => {
    // M2KZ6 expires 2026-12-18: 27 days after 2026-11-21.
    state().setInput('holdingDays', '26');
    expect(calendar().sizedSoq).toBe('');
    state().setInput('holdingDays', '27');
    expect(calendar().sizedSoq).toMatch(/M2KZ6/);
    expect(calendar().sizedSoq).toMatch(/Special Opening Quotation/);
  });

  it('flags book positions in the roll window before the quarterly expiry', () => {
    addMes();
    // Roll date of Dec 2026 is 2026-12-10: not yet in the window on 11-21.
    expect(calendar().bookSoq).toBe('');
    state().setToday({ year: 2026, month: 12, day: 14 });
    expect(calendar().bookSoq).toMatch(/^Held into the quarterly expiry 2026-12-18 .*position 1 \(MESZ6\)/);
  });
});

describe('gaps from the imported bars', () => {
  it('feeds Weekend gap (p99) to the stress table', async () => {
    const rows = ['Date,Open,High,Low,Close'];
    // Mondays gap +20 on a 2000 close (1 %), other days +5 (0.25 %): 4 weeks from Monday 2026-10-05.
    for (let i = 0; i < 28; i++) {
      const date = new Date(Date.UTC(2026, 9, 5 + i));
      const weekday = date.getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
      const open = weekday === 1 ? 2020 : 2005;
      rows.push(`${date.toISOString().slice(0, 10)},${open},${open + 5},1995,2000`);
    }
    await state().importBars(rows.join('\n'), 'test');
    expect(calendar().weekendGap).toBe('1.00%');
    expect(calendar().overnightGap).toBe('0.25%');
    addMes();
    state().setInput(stressKey('ES', 'reference'), '5800.00');
    // 1 % of 5,800 = 58.00 points against the long × $5 = −$290.00.
    expect(state().view.stress.scenarios['Weekend gap (p99)'].pnl).toBe('-$290.00');
  });
});
