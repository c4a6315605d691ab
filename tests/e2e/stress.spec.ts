import { expect, test, type Page } from '@playwright/test';
import { expectFieldMessage, output, radio } from './helpers';
import {
  addPosition,
  button,
  combobox,
  expectFigures,
  goTo,
  openPanels,
  textbox,
  type SectionName,
} from './panelHelpers';

const SCENARIOS = ['7%', '13%', '20%', 'overnight down', 'overnight up', 'custom'];
const LEVELS = ['7% limit', '13% limit', '20% limit', 'overnight low', 'overnight high'];

function familyGroup(page: Page, root: string) {
  return page.getByRole('group', { name: new RegExp(`^${root}\\b`) });
}

/** 10 M2K long at 2,000 typed into the book. */
async function tenM2kLong(page: Page): Promise<void> {
  await openPanels(page);
  await addPosition(page, 1, { symbol: 'M2K', side: 'long', quantity: '10', entry: '2000' });
  await expect(output(page, 'Book maintenance margin')).toHaveText('$8,110.00');
}

test('limit levels (approximate, then from the cash close); P&L, equity and margin at each; moves to call and zero; chart', async ({
  page,
}) => {
  await tenM2kLong(page);
  await textbox(page, 'RTY reference price').fill('2000');
  // Without the cash close the offsets come from the reference (140, 260, 400) and are labelled approximate.
  await expectFigures(page, {
    'RTY 7% limit': '1,860.0',
    'RTY 13% limit': '1,740.0',
    'RTY 20% limit': '1,600.0',
    'RTY overnight low': '1,860.0',
    'RTY overnight high': '2,140.0',
    'P&L at 7%': '-$7,000.00',
  });
  await expect(familyGroup(page, 'RTY').getByText('approximate')).toBeVisible();
  // Equity exactly at maintenance is no call; $10 below it is: −16.89 % of 2,000 = 337.8 points × $50 = 16,890.
  await textbox(page, 'Custom move').fill('-16.89');
  await expectFigures(page, {
    'Equity at custom': '$8,110.00',
    'Margin excess at custom': '$0.00',
    'Margin call at custom': 'No',
  });
  await textbox(page, 'Custom move').fill('-16.9');
  await expectFigures(page, { 'Margin excess at custom': '-$10.00', 'Margin call at custom': 'Yes' });
  await textbox(page, 'Custom move').fill('-10');

  await textbox(page, 'RTY cash index close').fill('abc');
  await expectFieldMessage(textbox(page, 'RTY cash index close'), /not a number/);
  await expectFigures(page, { 'RTY 7% limit': '—', 'P&L at 7%': '—' });

  await textbox(page, 'RTY cash index close').fill('1995.37');
  // Offsets floor(p × 1,995.37) to the 0.1 tick: 139.6, 259.3, 399.0.
  await expectFigures(page, {
    'RTY 7% limit': '1,860.4',
    'RTY 13% limit': '1,740.7',
    'RTY 20% limit': '1,601.0',
    'RTY overnight low': '1,860.4',
    'RTY overnight high': '2,139.6',
  });
  await expect(familyGroup(page, 'RTY').getByText('approximate')).toHaveCount(0);
  // 10 M2K × $5 per point; equity 25,000; maintenance 10 × 811 = 8,110.
  await expectFigures(page, {
    'P&L at 7%': '-$6,980.00',
    'Equity at 7%': '$18,020.00',
    'Margin excess at 7%': '+$9,910.00',
    'Margin call at 7%': 'No',
    'P&L at 13%': '-$12,965.00',
    'Equity at 13%': '$12,035.00',
    'Margin excess at 13%': '+$3,925.00',
    'Margin call at 13%': 'No',
    'P&L at 20%': '-$19,950.00',
    'Equity at 20%': '$5,050.00',
    'Margin excess at 20%': '-$3,060.00',
    'Margin call at 20%': 'Yes',
    'P&L at overnight down': '-$6,980.00',
    'Margin call at overnight down': 'No',
    'P&L at overnight up': '+$6,980.00',
    'Equity at overnight up': '$31,980.00',
    'Margin excess at overnight up': '+$23,870.00',
    'Margin call at overnight up': 'No',
    // Custom −10 % (the default): floor(0.10 × 1,995.37) = 199.5 points.
    'P&L at custom': '-$9,975.00',
    'Equity at custom': '$15,025.00',
    'Margin excess at custom': '+$6,915.00',
    'Margin call at custom': 'No',
    // (8,110 − 25,000) ÷ 100,000 per unit move; 25,000 ÷ 100,000.
    'Move to margin call': '-16.89% (RTY -337.8 pts)',
    'Move to zero equity': '-25.00% (RTY -500.0 pts)',
  });
  await expect(page.getByRole('figure', { name: 'Equity against index move' })).toBeVisible();

  await textbox(page, 'Custom move').fill('-5');
  await expect(output(page, 'P&L at custom')).toHaveText('-$4,985.00');
  await textbox(page, 'Custom move').fill('-18');
  // floor(0.18 × 1,995.37) = 359.1 → −17,955; equity 7,045 < 8,110.
  await expectFigures(page, { 'P&L at custom': '-$17,955.00', 'Margin call at custom': 'Yes' });

  // A higher equity moves everything: 40,000 at 20 % leaves 20,050, no call.
  await goTo(page, 'Size');
  await textbox(page, 'Account equity').fill('40000');
  await goTo(page, 'Book & stress');
  await expectFigures(page, {
    'Equity at 20%': '$20,050.00',
    'Margin excess at 20%': '+$11,940.00',
    'Margin call at 20%': 'No',
  });
  await goTo(page, 'Size');
  await textbox(page, 'Account equity').fill('25000');
  await goTo(page, 'Book & stress');

  // Equity is marked to market: the P&L of a move runs from the mark, whatever the entry. Bought at 2,010,
  // the row is −$500 open (already inside equity) and the scenarios do not change.
  await textbox(page, 'Position 1 entry').fill('2010');
  await expectFigures(page, {
    'Position 1 open P&L': '-$500.00',
    'Open P&L': '-$500.00',
    'P&L at 7%': '-$6,980.00',
    'Equity at 7%': '$18,020.00',
    'Move to margin call': '-16.89% (RTY -337.8 pts)',
    'Move to zero equity': '-25.00% (RTY -500.0 pts)',
  });
  // A row left out leaves nothing to stress here.
  await textbox(page, 'Position 1 quantity').fill('');
  await expectFigures(page, { 'P&L at 7%': '—', 'Margin call at 7%': '—', 'Move to margin call': '—' });
});

test('micro Nasdaq and Dow positions are stressed under their E-mini family (NQ, YM)', async ({ page }) => {
  await openPanels(page);
  await addPosition(page, 1, { symbol: 'MNQ', side: 'long', quantity: '2', entry: '21000' });
  await addPosition(page, 2, { symbol: 'MYM', side: 'short', quantity: '1', entry: '42000' });
  await expect(output(page, 'Book maintenance margin')).toHaveText('$5,717.00');
  await expect(textbox(page, 'RTY reference price')).toHaveCount(0);
  await expect(textbox(page, 'ES reference price')).toHaveCount(0);
  await expect(textbox(page, 'MNQ reference price')).toHaveCount(0);
  await textbox(page, 'NQ reference price').fill('21000');
  await textbox(page, 'NQ cash index close').fill('20950.55');
  await textbox(page, 'YM reference price').fill('42000');
  await textbox(page, 'YM cash index close').fill('41890.12');
  // NQ: floor(0.07 × 20,950.55) to 0.25 = 1,466.50; YM: floor(0.07 × 41,890.12) to 1 = 2,932.
  await expectFigures(page, {
    'NQ 7% limit': '19,533.50',
    'YM 7% limit': '39,068',
    'YM overnight high': '44,932',
    // 2 MNQ × $2 × −1,466.50 + 1 MYM short × $0.50 × 2,932.
    'P&L at 7%': '-$4,400.00',
    'Equity at 7%': '$20,600.00',
    'Margin excess at 7%': '+$14,883.00',
    'Margin call at 7%': 'No',
    // $63,000 per unit move: (5,717 − 25,000) ÷ 63,000 and −25,000 ÷ 63,000, toward zero.
    'Move to margin call': '-30.60% (NQ -6,427.50 pts, YM -12,855 pts)',
    'Move to zero equity': '-39.68% (NQ -8,333.25 pts, YM -16,666 pts)',
  });
});

test('a net short two-family book: exact and approximate levels, the call comes on a rise; every name is unique', async ({
  page,
}) => {
  await openPanels(page);
  await addPosition(page, 1, { symbol: 'RTY', side: 'long', quantity: '1', entry: '2000' });
  await addPosition(page, 2, { symbol: 'ES', side: 'short', quantity: '1', entry: '5800' });
  await textbox(page, 'RTY reference price').fill('2000');
  await textbox(page, 'ES reference price').fill('5800');
  await textbox(page, 'ES cash index close').fill('5790.12');
  // ES offsets floor(p × 5,790.12) to the 0.25 tick: 405.25, 752.50, 1,158.00; RTY from 2,000 (approximate).
  await expectFigures(page, {
    'Book maintenance margin': '$23,520.00',
    'RTY 7% limit': '1,860.0',
    'ES 7% limit': '5,394.75',
    'ES 13% limit': '5,047.50',
    'ES 20% limit': '4,642.00',
    'ES overnight low': '5,394.75',
    'ES overnight high': '6,205.25',
    // −140 × $50 on RTY, +405.25 × $50 on the short ES.
    'P&L at 7%': '+$13,262.50',
    'Equity at 7%': '$38,262.50',
    'Margin excess at 7%': '+$14,742.50',
    'Margin call at 7%': 'No',
    'P&L at overnight up': '-$13,262.50',
    'Equity at overnight up': '$11,737.50',
    'Margin excess at overnight up': '-$11,782.50',
    'Margin call at overnight up': 'Yes',
    // Net −$190,000 per unit move: the call at +0.78 %, zero equity at +13.16 % (both shown toward zero).
    'Move to margin call': '+0.77% (RTY +15.5 pts, ES +45.00 pts)',
    'Move to zero equity': '+13.15% (RTY +263.1 pts, ES +763.00 pts)',
  });
  await expect(familyGroup(page, 'RTY').getByText('approximate')).toBeVisible();
  await expect(familyGroup(page, 'ES').getByText('approximate')).toHaveCount(0);

  type Named = readonly (readonly [Parameters<Page['getByRole']>[0], string])[];
  const textboxes = (list: readonly string[]) => list.map((name) => ['textbox', name] as const);
  const statuses = (list: readonly string[]) => list.map((name) => ['status', name] as const);
  const buttons = (list: readonly string[]) => list.map((name) => ['button', name] as const);
  // Each section's names are unique within it (one section is in view at a time).
  const bySection: readonly (readonly [SectionName, Named])[] = [
    [
      'Book & stress',
      [
        ...textboxes([
          'Custom move',
          ...['RTY', 'ES'].flatMap((root) => [`${root} reference price`, `${root} cash index close`]),
        ]),
        ...buttons(['Add position']),
        ...statuses([
          'Book initial margin',
          'Book maintenance margin',
          'Net notional',
          ...['RTY', 'ES'].flatMap((root) => LEVELS.map((level) => `${root} ${level}`)),
          ...SCENARIOS.flatMap((s) => [
            `P&L at ${s}`,
            `Equity at ${s}`,
            `Margin excess at ${s}`,
            `Margin call at ${s}`,
          ]),
          'Move to margin call',
          'Move to zero equity',
        ]),
      ],
    ],
    [
      'Spread',
      [
        ...textboxes([
          'Long leg price',
          'Short leg price',
          'Long leg quantity',
          'Beta',
          'Long leg ATR',
          'Short leg ATR',
          'Max contracts per leg',
          'Small-cap move',
          'Large-cap move',
        ]),
        ...['Long leg', 'Short leg'].map((name) => ['combobox', name] as const),
        ...['Notional', 'Beta', 'Volatility'].map((name) => ['radio', name] as const),
        ...buttons(['Add spread to book']),
        ...statuses([
          'Hedge ratio',
          'Short position',
          'Long notional',
          'Short notional',
          'Notional mismatch',
          'Mismatch (%)',
          'Best match',
          'Spread P&L',
        ]),
      ],
    ],
    [
      'Hedge',
      [
        ...textboxes([
          'Portfolio value',
          'Portfolio beta',
          'ETF leverage',
          'Hedge ratio (%)',
          'Hedge contract price',
        ]),
        ['combobox', 'Hedge contract'],
        ...buttons(['25 %', '50 %', '100 %']),
        ...statuses(['Hedge position', 'Hedged beta-dollars', 'Unhedged beta-dollars']),
      ],
    ],
    ['Size', buttons(['Add to book'])],
  ];
  for (const [section, names] of bySection) {
    await goTo(page, section);
    await Promise.all(
      names.map(([role, name]) =>
        expect(page.getByRole(role, { name, exact: true }), `${section}: ${role} "${name}"`).toHaveCount(1),
      ),
    );
  }
  await goTo(page, 'Spread');
  // Spot checks that the unique elements are the ones meant.
  await expect(radio(page, 'Beta')).not.toBeChecked();
  await goTo(page, 'Hedge');
  await expect(combobox(page, 'Hedge contract')).toBeVisible();
  await expect(button(page, '25 %')).toBeVisible();
});
