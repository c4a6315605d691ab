import { describe, expect, it } from 'vitest';
import { CONTRACTS } from '../contracts';
import { D, ZERO } from '../decimal';
import { parseTimeZone, type TimeZone } from './sessionClock';
import {
  circuitBreaker,
  computeTradeLog,
  consecutiveLosses,
  DEFAULT_BREAKER_SETTINGS,
  logToCsv,
  todaysRealizedPnlUsd,
  type BreakerInput,
  type LoggedTrade,
  type LogContract,
  type TradeLogEnv,
  type TradeLogRow,
} from './tradeLog';

const d = (s: string) => new D(s);
const ms = (iso: string) => Date.parse(iso);
const iso = (epochMs: number | null) => (epochMs === null ? null : new Date(epochMs).toISOString());

function zone(name: string): TimeZone {
  const tz = parseTimeZone(name);
  if (tz === null) throw new Error(`unknown zone ${name}`);
  return tz;
}

const CONTRACT_COSTS = new Map<string, LogContract>([
  ['M2K', { contract: CONTRACTS.M2K, commissionPerSideUsd: d('0.62') }],
  ['ES', { contract: CONTRACTS.ES, commissionPerSideUsd: d('2.25') }],
]);

// Tuesday 2026-03-10, 10:00 CDT (UTC−5); the session began 2026-03-09 17:00 CDT and ends today 17:00 CDT.
const ENV: TradeLogEnv = {
  contracts: CONTRACT_COSTS,
  nowMs: ms('2026-03-10T15:00:00Z'),
  timeZone: zone('America/Chicago'),
};

function row(
  id: string,
  time: string,
  symbol: string,
  side: string,
  quantity: string,
  entry: string,
  exit: string,
) {
  return { id, time, symbol, side, quantity, entry, exit } satisfies TradeLogRow;
}

const MORNING: readonly TradeLogRow[] = [
  // (2005.0 − 2000.0) × 2 × $5 − 2 × 2 × $0.62 = 50 − 2.48 = 47.52
  row('a', '08:35', 'M2K', 'long', '2', '2000.0', '2005.0'),
  // (2010.0 − 2012.5) × 1 × $5 − 2 × $0.62 = −12.50 − 1.24 = −13.74
  row('b', '08:50', 'M2K', 'short', '1', '2010.0', '2012.5'),
  // (5799 − 5800) × 1 × $50 − 2 × $2.25 = −50 − 4.50 = −54.50
  row('c', '09:10', 'ES', 'long', '1', '5800', '5799'),
  // scratched at entry: 0 − 2 × $0.62 = −1.24, a loss after costs
  row('d', '09:20', 'M2K', 'long', '1', '2000.0', '2000.0'),
];

describe('realized P&L of the log', () => {
  const log = computeTradeLog(MORNING, ENV);

  it('prices each trade after commissions', () => {
    expect(log.trades.map((t) => [t.id, t.realizedPnlUsd.toFixed(2), t.outcome])).toEqual([
      ['a', '47.52', 'win'],
      ['b', '-13.74', 'loss'],
      ['c', '-54.50', 'loss'],
      ['d', '-1.24', 'loss'],
    ]);
  });

  it("sums the session: 47.52 − 13.74 − 54.50 − 1.24 = −21.96, Today's realized P&L", () => {
    expect(log.realizedPnlUsd.toFixed(2)).toBe('-21.96');
    expect(log.hasEntries).toBe(true);
    const today = todaysRealizedPnlUsd(log, d('-500'));
    expect([today.source, today.realizedPnlUsd?.toFixed(2)]).toEqual(['log', '-21.96']);
  });

  it('counts 3 losses in a row, the last at 09:20 CDT', () => {
    expect(log.consecutiveLosses).toBe(3);
    expect(iso(log.lastLossExitMs)).toBe('2026-03-10T14:20:00.000Z');
    expect(iso(log.sessionEndMs)).toBe('2026-03-10T22:00:00.000Z');
  });

  it('an empty log leaves the typed figure in charge', () => {
    const empty = computeTradeLog([row('x', '', '', '', '', '', '')], ENV);
    expect(empty.hasEntries).toBe(false);
    expect(empty.leftOutIds).toEqual([]);
    const today = todaysRealizedPnlUsd(empty, d('-120'));
    expect([today.source, today.realizedPnlUsd?.toString()]).toEqual(['typed', '-120']);
    expect(todaysRealizedPnlUsd(empty, null).realizedPnlUsd).toBeNull();
  });

  it('a row still being typed, or only trades of an earlier session, leave the typed figure in charge', () => {
    const typing = computeTradeLog([row('r', '09:00', 'M2K', 'long', '1', '2000.0', '')], ENV);
    expect(typing.hasEntries).toBe(true);
    expect(todaysRealizedPnlUsd(typing, d('-120')).source).toBe('typed');
    // 2026-03-09 16:30 CDT exited in the session that ended at 17:00 that day
    const yesterday = computeTradeLog(
      [row('y', '2026-03-09 16:30', 'M2K', 'long', '1', '2000.0', '1990.0')],
      ENV,
    );
    expect(yesterday.earlierSessionIds).toEqual(['y']);
    expect(todaysRealizedPnlUsd(yesterday, d('-120'))).toEqual({
      source: 'typed',
      realizedPnlUsd: d('-120'),
    });
  });
});

describe('sessions and times', () => {
  it.each([
    // yesterday 15:30 CDT belongs to the session that ended yesterday at 17:00
    ['2026-03-09 15:30', false, '2026-03-09T20:30:00.000Z'],
    // yesterday 18:30 CDT is after 17:00: today's session
    ['2026-03-09T18:30', true, '2026-03-09T23:30:00.000Z'],
    // 22:15 has not come yet today, so it is last night's 22:15
    ['22:15', true, '2026-03-10T03:15:00.000Z'],
    ['9:05', true, '2026-03-10T14:05:00.000Z'],
    ['10:00', true, '2026-03-10T15:00:00.000Z'],
  ])('%s is in the current session: %s (%s)', (time, current, exitIso) => {
    const log = computeTradeLog([row('r', time, 'M2K', 'long', '1', '2000.0', '2001.0')], ENV);
    expect(log.trades.map((t) => [t.inCurrentSession, iso(t.exitMs)])).toEqual([[current, exitIso]]);
    expect(log.earlierSessionIds).toEqual(current ? [] : ['r']);
    // 1 point × $5 − $1.24 = 3.76 counts only in its own session
    expect(log.realizedPnlUsd.toFixed(2)).toBe(current ? '3.76' : '0.00');
  });

  it('a trader in Berlin types Berlin time', () => {
    const log = computeTradeLog([row('r', '15:30', 'M2K', 'long', '1', '2000.0', '2001.0')], {
      ...ENV,
      timeZone: zone('Europe/Berlin'),
    });
    // 15:30 CET = 14:30Z, which is 09:30 CDT
    expect(iso(log.trades[0]?.exitMs ?? null)).toBe('2026-03-10T14:30:00.000Z');
  });
});

describe('bad rows are left out with a message per field', () => {
  it.each([
    [
      'time',
      row('r', '25:00', 'M2K', 'long', '1', '2000.0', '2001.0'),
      'Enter the exit time as HH:MM (e.g. 14:05) or YYYY-MM-DD HH:MM.',
    ],
    [
      'time',
      row('r', 'noon', 'M2K', 'long', '1', '2000.0', '2001.0'),
      'Enter the exit time as HH:MM (e.g. 14:05) or YYYY-MM-DD HH:MM.',
    ],
    [
      'time',
      row('r', '2026-02-30 10:00', 'M2K', 'long', '1', '2000.0', '2001.0'),
      '2026-02-30 is not a date. Enter the exit time as HH:MM (e.g. 14:05) or YYYY-MM-DD HH:MM.',
    ],
    [
      'time',
      row('r', '2026-03-10 11:00', 'M2K', 'long', '1', '2000.0', '2001.0'),
      '2026-03-10 11:00 is later than now: log a trade after its exit.',
    ],
    [
      'symbol',
      row('r', '09:00', 'XYZ', 'long', '1', '2000.0', '2001.0'),
      'Unknown contract "XYZ". Choose one of: M2K, ES.',
    ],
    ['side', row('r', '09:00', 'M2K', 'buy', '1', '2000.0', '2001.0'), 'Choose one of: long, short.'],
    [
      'quantity',
      row('r', '09:00', 'M2K', 'long', '0', '2000.0', '2001.0'),
      'Enter a whole number at least 1 and at most 100,000.',
    ],
    [
      'entry',
      row('r', '09:00', 'M2K', 'long', '1', '2000.05', '2001.0'),
      '2000.05 is not on the M2K tick grid: use 2000.0 or 2000.1.',
    ],
    [
      'exit',
      row('r', '09:00', 'ES', 'long', '1', '5800', '5800.1'),
      '5800.1 is not on the ES tick grid: use 5800.00 or 5800.25.',
    ],
    [
      'exit',
      row('r', '09:00', 'M2K', 'long', '1', '2000.0', 'abc'),
      '"abc" is not a number. Enter a number greater than 0 and at most 1,000,000.',
    ],
  ] as const)('%s: %j → %s', (field, bad, message) => {
    const log = computeTradeLog([...MORNING, bad], ENV);
    expect(log.errors[`r.${field}`]).toBe(message);
    expect(log.leftOutIds).toEqual(['r']);
    // the valid rows still count
    expect(log.realizedPnlUsd.toFixed(2)).toBe('-21.96');
  });

  it('an incomplete row is left out without a message', () => {
    const log = computeTradeLog([row('r', '09:00', 'M2K', '', '', '', '')], ENV);
    expect(log.errors).toEqual({});
    expect(log.leftOutIds).toEqual(['r']);
    expect(log.hasEntries).toBe(true);
  });
});

function trade(row: number, minute: number, pnl: string): LoggedTrade {
  const value = d(pnl);
  return {
    id: `t${row}`,
    row,
    exitMs: ms('2026-03-10T14:00:00Z') + minute * 60_000,
    symbol: 'M2K',
    side: 'long',
    quantity: d('1'),
    entry: d('2000'),
    exit: d('2000'),
    realizedPnlUsd: value,
    outcome: value.gt(0) ? 'win' : value.lt(0) ? 'loss' : 'flat',
    inCurrentSession: true,
  };
}

describe('consecutive losses', () => {
  it.each([
    [
      'win, loss, flat, loss: the flat trade neither counts nor breaks',
      [
        ['10', 0],
        ['-5', 1],
        ['0', 2],
        ['-5', 3],
      ],
      2,
      3,
    ],
    [
      'loss, loss, win',
      [
        ['-5', 0],
        ['-5', 1],
        ['10', 2],
      ],
      0,
      null,
    ],
    ['nothing logged', [], 0, null],
    [
      'three losses',
      [
        ['-1', 0],
        ['-1', 1],
        ['-1', 2],
      ],
      3,
      2,
    ],
    // rows out of time order: the win at minute 5 is the most recent
    [
      'a later win typed earlier',
      [
        ['10', 5],
        ['-1', 1],
        ['-1', 2],
      ],
      0,
      null,
    ],
  ] as [string, [string, number][], number, number | null][])('%s → %i', (_, list, count, lastMinute) => {
    const run = consecutiveLosses(list.map(([pnl, minute], i) => trade(i, minute, pnl)));
    expect(run.count).toBe(count);
    expect(run.lastLossExitMs).toBe(
      lastMinute === null ? null : ms('2026-03-10T14:00:00Z') + lastMinute * 60_000,
    );
  });

  it('equal exit times keep row order', () => {
    expect(consecutiveLosses([trade(0, 1, '-1'), trade(1, 1, '5')]).count).toBe(0);
    expect(consecutiveLosses([trade(0, 1, '5'), trade(1, 1, '-1')]).count).toBe(1);
  });
});

describe('the circuit breaker', () => {
  const sessionTrades = computeTradeLog(MORNING, ENV).sessionTrades;
  const at = (hhmmCdt: string) => ms(`2026-03-10T${hhmmCdt}:00-05:00`);
  const input = (change: Partial<BreakerInput>): BreakerInput => ({
    trades: sessionTrades,
    settings: DEFAULT_BREAKER_SETTINGS,
    daily: null,
    overridesMs: [],
    nowMs: at('09:30'),
    ...change,
  });

  it.each([
    // third loss at 09:20 → paused until 09:40 CDT (14:40Z)
    ['09:30, no override', {}, 'paused', '2026-03-10T14:40:00.000Z'],
    ['09:39', { nowMs: at('09:39') }, 'paused', '2026-03-10T14:40:00.000Z'],
    ['09:40, the pause is over', { nowMs: at('09:40') }, 'clear', null],
    ['overridden at 09:25', { overridesMs: [at('09:25')] }, 'clear', null],
    [
      'an override from before the pause',
      { overridesMs: [at('09:00')] },
      'paused',
      '2026-03-10T14:40:00.000Z',
    ],
    ['4 losses needed', { settings: { maxConsecutiveLosses: 4, pauseMinutes: 20 } }, 'clear', null],
    [
      'a 60-minute pause',
      { nowMs: at('10:00'), settings: { maxConsecutiveLosses: 3, pauseMinutes: 60 } },
      'paused',
      '2026-03-10T15:20:00.000Z',
    ],
  ] as [string, Partial<BreakerInput>, string, string | null][])(
    '%s → %s until %s',
    (_, change, state, until) => {
      const b = circuitBreaker(input(change));
      expect([b.state, iso(b.untilMs)]).toEqual([state, until]);
      expect(b.consecutiveLosses).toBe(3);
    },
  );

  it('a paused desk may be overridden, and says when it was', () => {
    expect(circuitBreaker(input({}))).toMatchObject({
      reason: 'consecutive losses',
      overridable: true,
      overridden: false,
    });
    expect(circuitBreaker(input({ overridesMs: [at('09:25')] }))).toMatchObject({
      state: 'clear',
      overridden: true,
    });
  });

  it('the daily loss limit stops the desk until 17:00 CT, with no override', () => {
    // realized −21.96 against a $20 limit: nothing left
    const b = circuitBreaker(
      input({ daily: { limitUsd: d('20'), realizedPnlUsd: d('-21.96') }, overridesMs: [at('09:25')] }),
    );
    expect([b.state, b.reason, iso(b.untilMs), b.overridable]).toEqual([
      'stopped for the day',
      'daily loss limit',
      '2026-03-10T22:00:00.000Z',
      false,
    ]);
  });

  it('a limit not yet reached leaves the loss-run rule in charge', () => {
    const b = circuitBreaker(input({ daily: { limitUsd: d('500'), realizedPnlUsd: d('-21.96') } }));
    expect(b.state).toBe('paused');
  });

  it('a clear desk after a win', () => {
    const b = circuitBreaker(
      input({ trades: [trade(0, 0, '-5'), trade(1, 1, '-5'), trade(2, 2, '-5'), trade(3, 3, '1')] }),
    );
    expect([b.state, b.consecutiveLosses, b.untilMs, b.reason]).toEqual(['clear', 0, null, null]);
  });

  it('with no trades and no limit it is clear', () => {
    expect(
      circuitBreaker(input({ trades: [], daily: { limitUsd: d('100'), realizedPnlUsd: ZERO } })).state,
    ).toBe('clear');
  });
});

describe('CSV export', () => {
  it('writes the typed rows, escaped, with their realized P&L', () => {
    const rows = [
      MORNING[0] ?? row('a', '', '', '', '', '', ''),
      row('blank', ' ', '', '', '', '', ''),
      row('bad', '09:00', '=HYPERLINK("x")', 'long', '1', '2000.0', '2001.0'),
      MORNING[2] ?? row('c', '', '', '', '', '', ''),
    ];
    const csv = logToCsv(rows, computeTradeLog(rows, ENV));
    expect(csv).toBe(
      [
        'Time,Contract,Side,Quantity,Entry,Exit,Realized P&L (USD)',
        '08:35,M2K,long,2,2000.0,2005.0,47.52',
        '09:00,"\'=HYPERLINK(""x"")",long,1,2000.0,2001.0,',
        '09:10,ES,long,1,5800,5799,-54.50',
        '',
      ].join('\r\n'),
    );
  });
});
