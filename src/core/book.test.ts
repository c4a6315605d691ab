import { describe, expect, it } from 'vitest';
import { bookRow as row, deskWith } from '../../tests/support/desk';
import type { BookRow } from './book';

const desk = (book: BookRow[]) => deskWith({}, book);

describe('the book', () => {
  it('totals notional and margin at entry prices', () => {
    const { outputs, bookErrors } = desk([
      row('a', 'M2K', 'long', '29', '2000'),
      row('b', 'MES', 'short', '8', '5800'),
      row('c', 'RTY', 'long', '1', '2000.5'),
    ]);
    expect(bookErrors).toEqual({});
    expect(outputs).toMatchObject({
      bookLongNotional: '$390,025.00',
      bookShortNotional: '$232,000.00',
      bookNetNotional: '+$158,025.00',
      // initial 29 × 892 + 8 × 1,695 + 8,920; maintenance 29 × 811 + 8 × 1,541 + 8,110
      bookInitialMargin: '$48,348.00',
      bookMaintenanceMargin: '$43,957.00',
    });
  });

  it('charges margin on the net position of each contract', () => {
    // 3 MES long and 3 MES short offset; 2 ES short against nothing: 2 × 16,950 initial, 2 × 15,410 maintenance.
    const { outputs } = desk([
      row('a', 'MES', 'long', '3', '5800'),
      row('b', 'MES', 'short', '3', '5810'),
      row('c', 'ES', 'short', '2', '5800'),
    ]);
    expect(outputs).toMatchObject({ bookInitialMargin: '$33,900.00', bookMaintenanceMargin: '$30,820.00' });
  });

  it('is empty with zero totals', () => {
    expect(desk([]).outputs).toMatchObject({ bookNetNotional: '$0.00', bookInitialMargin: '$0.00' });
  });

  it('gives each bad row field a message, leaves the row out and names it; valid rows still count', () => {
    const { outputs, bookErrors } = desk([
      row('a', 'M2K', 'long', '2.5', '2000.05'),
      row('b', 'ES', 'sideways', '1', '5800'),
      row('c', 'MES', 'long', '2', '5800'),
      row('d', 'M2K', 'long', '', ''),
    ]);
    expect(bookErrors).toEqual({
      'a.quantity': 'Enter a whole number at least 1 and at most 100,000.',
      'a.entry': '2000.05 is not on the M2K tick grid (tick 0.1): use 2,000.0 or 2,000.1.',
      'b.side': 'Choose one of: long, short.',
    });
    expect(outputs.bookLeftOut).toBe(
      'Position 1 left out: quantity is not valid. Position 2 left out: side is not valid. Position 4 left out: quantity is empty.',
    );
    // Only 2 MES long: 2 × 5 × 5,800 = 58,000; maintenance 2 × 1,541.
    expect(outputs.bookNetNotional).toBe('+$58,000.00');
    expect(outputs.bookMaintenanceMargin).toBe('$3,082.00');
  });
});
