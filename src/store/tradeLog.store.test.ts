/**
 * The Plan's trade log in the store (issue 9): rows added, edited and removed; the log's P&L becomes the
 * account's; the circuit breaker holds Add to book and can be overridden (logged); the log is saved,
 * restored (an old save without it reads as empty) and shared like the book; Export log escapes cells.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, deskOutputs, type LogField, type TradeLogRow } from '../core';
import { useDesk } from './deskStore';
import { loadSaved, memoryStorage, saveSnapshot, SAVE_KEY } from './persistence';
import { decodeShareLink, encodeShareLink } from './shareLink';

const STAMP = '2026-11-19T15:00:00.000Z';
/** Thursday 2026-11-19 09:00 CT (15:00 UTC): the session ends at 17:00 CT. */
const NINE_CT = Date.UTC(2026, 10, 19, 15, 0);
const ZONE = 'America/Chicago';
const MINUTE = 60_000;

const shown = () => deskOutputs(useDesk.getState().view);
const planLog = () => useDesk.getState().view.plan.texts;

/** Logs a trade through the store's actions, as the Plan's table does. */
function logTrade(time: string, entry: string, exit: string, quantity = '1'): void {
  const state = useDesk.getState();
  state.addLogRow();
  const row = useDesk.getState().log.rows.at(-1);
  if (row === undefined) throw new Error('no row added');
  const texts: Partial<Record<LogField, string>> = { time, quantity, entry, exit };
  for (const [field, text] of Object.entries(texts) as [LogField, string][]) {
    useDesk.getState().updateLogRow(row.id, field, text);
  }
}

beforeEach(() => {
  useDesk.setState(useDesk.getInitialState(), true);
  useDesk.getState().setToday({ year: 2026, month: 11, day: 19 });
  useDesk.getState().setNow({ ms: NINE_CT, timeZone: ZONE });
  useDesk.getState().setInputs({ entry: '2000', stopPrice: '1990' });
});

describe('trade log in the store', () => {
  it('a new row takes the time now and the sizer contract and side; rows are removed by id', () => {
    useDesk.getState().setInputs({ symbol: 'MES', side: 'short' });
    useDesk.getState().addLogRow();
    useDesk.getState().addLogRow();
    expect(useDesk.getState().log.rows).toEqual([
      { id: 't1', time: '09:00', symbol: 'MES', side: 'short', quantity: '', entry: '', exit: '' },
      { id: 't2', time: '09:00', symbol: 'MES', side: 'short', quantity: '', entry: '', exit: '' },
    ]);
    useDesk.getState().removeLogRow('t1');
    expect(useDesk.getState().log.rows.map((row) => row.id)).toEqual(['t2']);
  });

  it("the log's realized P&L after costs is the account's; an empty log gives the typed figure back", () => {
    useDesk.getState().setInput('realizedPnl', '-50');
    // (2004.5 − 2000.0) × $5 × 2 − 2 × 2 × $0.62 = $45.00 − $2.48 = $42.52.
    logTrade('08:30', '2000.0', '2004.5', '2');
    expect(planLog().realizedPnl).toBe('+$42.52');
    expect(planLog().consecutiveLosses).toBe('0');
    useDesk.getState().removeLogRow('t1');
    expect(useDesk.getState().inputs.realizedPnl).toBe('-50');
    expect(planLog().realizedPnl).toBe('-$50.00');
  });

  it('the 3rd loss in a row pauses Add to book for 20 minutes; an override is logged and clears it', () => {
    // −$26.24 a trade: (1995.0 − 2000.0) × $5 − 2 × $0.62.
    logTrade('08:30', '2000.0', '1995.0');
    logTrade('08:40', '2000.0', '1995.0');
    expect(planLog().breaker).toBe('Clear');
    logTrade('08:50', '2000.0', '1995.0');
    expect(planLog().consecutiveLosses).toBe('3');
    expect(planLog().breaker).toBe('Paused until 09:10 (10 min left)');
    expect(useDesk.getState().addSizedToBook()).toBeNull();
    expect(useDesk.getState().book).toEqual([]);

    useDesk.getState().setNow({ ms: NINE_CT + 5 * MINUTE, timeZone: ZONE });
    expect(planLog().breaker).toBe('Paused until 09:10 (5 min left)');
    expect(useDesk.getState().overrideBreaker()).toBe(true);
    expect(useDesk.getState().log.overridesMs).toEqual([NINE_CT + 5 * MINUTE]);
    expect(planLog().breaker).toBe('Clear (pause overridden)');
    expect(useDesk.getState().addSizedToBook()).not.toBeNull();
    // Nothing to override any more.
    expect(useDesk.getState().overrideBreaker()).toBe(false);
  });

  it('the pause ends by itself when its countdown is over', () => {
    for (const time of ['08:30', '08:40', '08:50']) logTrade(time, '2000.0', '1995.0');
    useDesk.getState().setNow({ ms: NINE_CT + 10 * MINUTE, timeZone: ZONE });
    expect(useDesk.getState().figures.plan.breaker?.state).toBe('clear');
    expect(useDesk.getState().addSizedToBook()).not.toBeNull();
  });

  it('at the daily loss limit the desk stops until 17:00 CT, and no override is offered', () => {
    useDesk.getState().setInput('dailyLossLimit', '50');
    logTrade('08:30', '2000.0', '1995.0', '2');
    expect(planLog().breaker).toBe('Stopped until 17:00 (8 h 00 min left)');
    expect(useDesk.getState().overrideBreaker()).toBe(false);
    expect(useDesk.getState().addSizedToBook()).toBeNull();
    expect(shown().dailyLossLeft).toBe('$0.00');
  });

  it('Export log: a header, the computed P&L, and a formula-looking cell escaped', () => {
    logTrade('08:30', '2000.0', '1995.0', '2');
    logTrade('=1+1', '2000.0', '2001.0');
    const lines = useDesk.getState().logCsv()?.split('\r\n') ?? [];
    expect(lines[0]).toBe('Time,Contract,Side,Quantity,Entry,Exit,Realized P&L (USD)');
    expect(lines[1]).toBe('08:30,M2K,long,2,2000.0,1995.0,-52.48');
    expect(lines[2]?.startsWith("'=1+1,")).toBe(true);
  });
});

const FIRST: TradeLogRow = {
  id: 't1',
  time: '08:30',
  symbol: 'M2K',
  side: 'long',
  quantity: '2',
  entry: '2000.0',
  exit: '1995.0',
};
const SECOND: TradeLogRow = {
  id: 't2',
  time: '08:45',
  symbol: 'MES',
  side: 'short',
  quantity: '1',
  entry: '5800.00',
  exit: '5790.00',
};
const ROWS: readonly TradeLogRow[] = [FIRST, SECOND];

describe('the trade log saved and shared', () => {
  it('round-trips through the save; a save from before the Plan reads as an empty log', () => {
    const storage = memoryStorage();
    const log = { rows: ROWS, overridesMs: [NINE_CT] };
    expect(saveSnapshot(storage, { inputs: DEFAULT_INPUTS, book: [], log })).toBe(true);
    expect(loadSaved(storage, STAMP).log).toEqual(log);
    const old = memoryStorage({ [SAVE_KEY]: JSON.stringify({ version: 1, inputs: {}, book: [] }) });
    const loaded = loadSaved(old, STAMP);
    expect(loaded.log ?? { rows: [], overridesMs: [] }).toEqual({ rows: [], overridesMs: [] });
    expect(loaded.notices).toEqual([]);
  });

  it('sets aside log rows it cannot read and keeps the others', () => {
    const storage = memoryStorage({
      [SAVE_KEY]: JSON.stringify({
        version: 1,
        inputs: {},
        book: [],
        log: { rows: [FIRST, { id: 't2', time: 3 }], overridesMs: [NINE_CT, 'soon'] },
      }),
    });
    const loaded = loadSaved(storage, STAMP);
    expect(loaded.log).toEqual({ rows: [FIRST], overridesMs: [NINE_CT] });
    expect(loaded.notices.map((notice) => notice.id)).toEqual(['unknown-fields']);
    expect(loaded.notices[0]?.text).toContain('logRows');
  });

  it('travels in a share link and opens with ids t1…tn', async () => {
    const log = { rows: [{ ...FIRST, id: 't7' }, SECOND], overridesMs: [] };
    const decoded = await decodeShareLink(await encodeShareLink({ inputs: DEFAULT_INPUTS, book: [], log }));
    const snapshot = decoded !== null && 'snapshot' in decoded ? decoded.snapshot : null;
    expect(snapshot?.log).toEqual({ rows: ROWS, overridesMs: [] });
  });
});
