import { describe, expect, it } from 'vitest';
import { deskWith } from '../../tests/support/desk';
import type { InputKey } from './inputs';

const desk = (overrides: Partial<Record<InputKey, string>>) => deskWith(overrides);

describe('portfolio hedge', () => {
  it('scales a leveraged ETF holding by its leverage', () => {
    // $100,000 of a 3× ETF, β 1, 100 %: $300,000 → ES at 6,000 = $300,000 per ES → 1 ES.
    const { outputs } = desk({
      hedgeValue: '100000',
      hedgeEtfLeverage: '3',
      hedgeRatioPct: '100',
      hedgeSymbol: 'ES',
      hedgePrice: '6000',
    });
    expect(outputs).toMatchObject({
      hedgePosition: '1 ES',
      hedgedBetaDollars: '$300,000.00',
      unhedgedBetaDollars: '$0.00',
    });
  });

  it('rounds to the nearest micro, ties to the smaller hedge', () => {
    // $250,000 × 50 % = $125,000; one MES at 5,000 is $25,000 → exactly 5 MES (fewer than 10: no ES)
    expect(
      desk({ hedgeValue: '250000', hedgeRatioPct: '50', hedgeSymbol: 'MES', hedgePrice: '5000' }).outputs
        .hedgePosition,
    ).toBe('5 MES');
    // $1,250 to hedge against $2,500 per M2K (at 500): half a micro → 0
    expect(
      desk({ hedgeValue: '2500', hedgeRatioPct: '50', hedgeSymbol: 'M2K', hedgePrice: '500' }).outputs
        .hedgePosition,
    ).toBe('0 M2K');
  });

  it.each([
    [
      {
        hedgeValue: '250,000',
        hedgeBeta: '1.2',
        hedgeRatioPct: '40',
        hedgeSymbol: 'RTY',
        hedgePrice: '2000',
      },
      'Sell short. Exact hedge 1.20 RTY: $120,000.00 of $300,000.00 beta-dollars',
    ],
    // Under one E-mini the exact hedge is told in micros: $1,250 ÷ $29,000 per MES = 0.04 MES.
    [
      { hedgeValue: '5000', hedgeRatioPct: '25', hedgeSymbol: 'MES', hedgePrice: '5800' },
      'Sell short. Exact hedge 0.04 MES: $1,250.00 of $5,000.00 beta-dollars',
    ],
  ])('explains the hedge before rounding: %j', (overrides, note) => {
    expect(desk(overrides).outputs.hedgeNote).toBe(note);
  });

  it('gives messages for bad hedge inputs', () => {
    const { fieldErrors, outputs } = desk({ hedgeValue: '-5', hedgePrice: '6000.1' });
    expect(fieldErrors.hedgeValue).toBe('Enter a number greater than $0 and at most $100,000,000,000.');
    expect(fieldErrors.hedgePrice).toBe(
      '6000.1 is not on the ES tick grid (tick 0.25): use 6,000.00 or 6,000.25.',
    );
    expect(outputs.hedgePosition).toBe('—');
  });
});
