import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../calendar';
import { D } from '../decimal';
import { builtInEvents } from './builtInEvents';
import { parseUserEvent, type CalendarEvent } from './events';
import { eventsInHoldingPeriod, heldIntoExpiry, parseHoldingDaysText } from './holdingPeriod';

const d = (year: number, month: number, day: number) => ({ year, month, day });
const events = builtInEvents(d(2026, 1, 1), d(2026, 12, 31));

function cpi(date: string): CalendarEvent {
  const parsed = parseUserEvent({ id: `cpi-${date}`, date, title: 'CPI', importance: 'high' });
  if (parsed.status !== 'ok') throw new Error('bad test event');
  return parsed.event;
}

describe('eventsInHoldingPeriod', () => {
  it('offers Event ATR multiplier 3.0 when the holding days cover an FOMC day (Mon 16 Mar + 2 = Wed 18 Mar)', () => {
    const check = eventsInHoldingPeriod(d(2026, 3, 16), 2, events);
    expect(check?.highImportanceEvents.map((event) => event.kind)).toEqual(['fomc']);
    expect(check?.suggestedAtrMultiplier?.toFixed(1)).toBe('3.0');
    expect(check?.offer).toBe(true);
    expect(check === null ? null : formatIsoDate(check.to)).toBe('2026-03-18');
  });

  it.each([
    // [entry, holding days, high-importance events inside]
    ['2026-03-16', 1, []], // 16–17 Mar: the FOMC on the 18th is outside
    ['2026-03-18', 0, ['fomc']], // day trade on the FOMC day itself
    ['2026-03-19', 0, []],
    ['2026-03-11', 7, ['fomc']], // 11–18 Mar: NFIB on the 10th outside, and NFIB is medium anyway
    ['2026-03-16', 4, ['fomc', 'index-expiry']], // 16–20 Mar
    ['2026-03-09', 1, []], // NFIB (medium) on the 10th is not offered
  ] as const)('entry %s held %i days → %o', (entry, holdingDays, kinds) => {
    const [year, month, day] = entry.split('-').map(Number);
    const check = eventsInHoldingPeriod(d(year ?? 0, month ?? 0, day ?? 0), holdingDays, events);
    expect(check?.highImportanceEvents.map((event) => event.kind)).toEqual(kinds);
    expect(check?.suggestedAtrMultiplier === null).toBe(kinds.length === 0);
    expect(check?.offer).toBe(kinds.length > 0);
  });

  it('counts the trader’s own high-importance events (CPI) and their multiplier setting', () => {
    const check = eventsInHoldingPeriod(d(2026, 4, 9), 3, [...events, cpi('2026-04-10')], {
      eventAtrMultiplier: D('3.5'),
    });
    expect(check?.highImportanceEvents.map((event) => event.title)).toEqual(['CPI']);
    expect(check?.suggestedAtrMultiplier?.toFixed(1)).toBe('3.5');
  });

  it('does not offer when the stop already uses at least the event multiplier, and never mutates the input', () => {
    const input = [...events];
    const before = JSON.stringify(input);
    const atThree = eventsInHoldingPeriod(d(2026, 3, 18), 0, input, { currentAtrMultiplier: D('3') });
    const belowThree = eventsInHoldingPeriod(d(2026, 3, 18), 0, input, { currentAtrMultiplier: D('2.5') });
    expect([atThree?.offer, belowThree?.offer]).toEqual([false, true]);
    expect(atThree?.suggestedAtrMultiplier?.toFixed(1)).toBe('3.0');
    expect(JSON.stringify(input)).toBe(before);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('is null for holding days %d', (holdingDays) => {
    expect(eventsInHoldingPeriod(d(2026, 3, 16), holdingDays, events)).toBeNull();
  });
});

describe('heldIntoExpiry (SOQ flag)', () => {
  it.each([
    ['2026-03-13', 7, true], // 13–20 Mar reaches Friday's expiry
    ['2026-03-13', 6, false], // out on Thursday the 19th
    ['2026-03-20', 0, true], // entered on expiry day
    ['2026-03-21', 10, false], // after expiry
    ['2026-06-12', 6, true], // June 2026 expiry moved to Thursday 18 (Juneteenth)
  ] as const)('entry %s held %i days → %s', (entry, holdingDays, expected) => {
    const [year, month, day] = entry.split('-').map(Number);
    const expiry = month === 6 ? d(2026, 6, 18) : d(2026, 3, 20);
    expect(heldIntoExpiry(d(year ?? 0, month ?? 0, day ?? 0), holdingDays, expiry)).toBe(expected);
  });

  it('is false for invalid holding days', () => {
    expect(heldIntoExpiry(d(2026, 3, 20), -1, d(2026, 3, 20))).toBe(false);
  });
});

describe('parseHoldingDaysText', () => {
  it.each([
    ['5', { status: 'ok', value: 5 }],
    [' 0 ', { status: 'ok', value: 0 }],
    ['', { status: 'empty' }],
    [
      '1.5',
      {
        status: 'error',
        message: 'Enter a whole number at least 0 and at most 365.',
        problem: 'is out of range',
      },
    ],
    [
      'abc',
      {
        status: 'error',
        message: '"abc" is not a number. Enter a whole number at least 0 and at most 365.',
        problem: 'is not a number',
      },
    ],
    [
      '400',
      {
        status: 'error',
        message: 'Enter a whole number at least 0 and at most 365.',
        problem: 'is out of range',
      },
    ],
  ])('%s', (text, expected) => {
    expect(parseHoldingDaysText(text)).toEqual(expected);
  });
});
