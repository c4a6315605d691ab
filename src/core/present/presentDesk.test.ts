import { describe, expect, it } from 'vitest';
import { bookRow as row, figuresWith } from '../../../tests/support/desk';
import { D } from '../decimal';
import type { DeskFigures } from '../desk';
import type { SizingNote } from '../sizer';
import {
  createDeskPresenter,
  deskOutputs,
  outputText,
  sectionPresenters,
  type DeskOutputs,
  type DeskView,
} from './presentDesk';
import { sizingNoteText } from './presentSizer';

const usd = (text: string) => new D(text);
const sized = { entry: '2000', stopPrice: '1990', spreadLongPrice: '2000', spreadShortPrice: '5800' };
const book = [row('p1', 'M2K', 'long', '10', '2000', '1990')];
const stressed = { ...sized, 'stress.RTY.reference': '2000', 'stress.RTY.cash': '1995.37' };

describe('the sizing note in words', () => {
  const bookUse = { bookMarginUsd: usd('2000'), capLeftUsd: usd('3000') };
  it.each<[SizingNote, string]>([
    [
      {
        kind: 'cost-problems',
        problems: [
          { symbol: 'M2K', field: 'initial', problem: 'is not a number' },
          { symbol: 'M2K', field: 'commission', problem: 'is empty' },
        ],
      },
      'No size: M2K initial margin is not a number; M2K commission is empty.',
    ],
    [
      { kind: 'book-margin-problems', problems: [{ symbol: 'ES', field: 'initial', problem: 'is empty' }] },
      "No size: the book's margin needs ES initial margin is empty.",
    ],
    [
      { kind: 'book-margin', ...bookUse },
      'The book already uses $2,000.00 of margin; $3,000.00 is left under the cap.',
    ],
    [
      { kind: 'no-size', why: { kind: 'open-risk-used-up' }, book: null },
      'The max open risk is used up by the book: no new risk.',
    ],
    [
      { kind: 'no-size', why: { kind: 'daily-loss-used-up' }, book: bookUse },
      'The daily loss limit is used up: no new risk today. The book already uses $2,000.00 of margin; $3,000.00 is left under the cap.',
    ],
    [{ kind: 'no-size', why: { kind: 'zero-budget' }, book: null }, 'The risk budget is zero.'],
    [
      {
        kind: 'no-size',
        why: { kind: 'margin', symbol: 'M2K', marginUsd: usd('892'), capLeftUsd: usd('500') },
        book: { bookMarginUsd: usd('4500'), capLeftUsd: usd('500') },
      },
      'One M2K needs $892.00 of margin; $500.00 is left under the cap. The book already uses $4,500.00.',
    ],
    [
      {
        kind: 'no-size',
        why: { kind: 'risk', symbol: 'RTY', riskUsd: usd('1009.5'), budgetUsd: usd('20') },
        book: null,
      },
      'One RTY risks $1,009.50, more than the $20.00 budget.',
    ],
  ])('%j', (note, text) => {
    expect(sizingNoteText(note)).toBe(text);
  });
});

describe('the presenter keeps what did not change', () => {
  const sections = (view: DeskView) => Object.keys(view) as (keyof DeskView)[];

  it('keeps every section’s texts, the same objects, for figures that are the same by value (recomputed from the same inputs)', () => {
    const present = createDeskPresenter();
    const first = present(figuresWith(stressed, book));
    const again = present(figuresWith(stressed, book));
    expect(sections(again).filter((section) => again[section] !== first[section])).toEqual([]);
    expect(sections(again)).toHaveLength(10);
  });

  it('formats a section when it is first read, once per view, and not at all while nothing reads it', () => {
    const calls = new Map<keyof DeskView, number>();
    const fresh = sectionPresenters();
    const counted =
      <S extends keyof DeskView>(name: S) =>
      (figures: DeskFigures[S]): DeskView[S] => {
        calls.set(name, (calls.get(name) ?? 0) + 1);
        return fresh[name](figures);
      };
    const present = createDeskPresenter({
      account: counted('account'),
      sizer: counted('sizer'),
      ladder: counted('ladder'),
      spread: counted('spread'),
      book: counted('book'),
      stress: counted('stress'),
      hedge: counted('hedge'),
      bars: counted('bars'),
      plan: counted('plan'),
      calendar: counted('calendar'),
    });
    const view = present(figuresWith(stressed, book));
    expect(view.sizer.stopAt).toBe('1,990.0');
    expect(view.sizer).toBe(view.sizer);
    expect(outputText(view, 'riskBudget')).toBe(view.account.riskBudget);
    expect([...calls]).toEqual([
      ['sizer', 1],
      ['account', 1],
    ]);
    // A later view reads the stress: formatted then, from that view's figures.
    const later = present(figuresWith({ ...stressed, equity: '50,000' }, book));
    expect(later.stress).toEqual(
      createDeskPresenter()(figuresWith({ ...stressed, equity: '50,000' }, book)).stress,
    );
    expect(calls.get('stress')).toBe(1);
    expect(calls.get('spread')).toBeUndefined();
  });

  it('formats only the sizer when the entry changes', () => {
    const present = createDeskPresenter();
    const before = present(figuresWith(stressed, book));
    const after = present(figuresWith({ ...stressed, entry: '2000.5' }, book));
    const changed = sections(after).filter((section) => after[section] !== before[section]);
    expect(changed).toEqual(['sizer']);
    expect(before.sizer.stopAt).toBe('1,990.0');
    // 10.5 points × $5 + $0.50 + $1.24 = $54.24 per M2K; $250 ÷ $54.24 = 4.6 → 4.
    expect(after.sizer.riskPerContract).toBe('$54.24');
  });

  it('formats the book, the account, the stress, the sizer and the calendar (its product scope and SOQ flags) when a row is added; not the spread or hedge', () => {
    const present = createDeskPresenter();
    const before = present(figuresWith(stressed, book));
    const after = present(figuresWith(stressed, [...book, row('p2', 'RTY', 'long', '1', '2000')]));
    const changed = sections(after).filter((section) => after[section] !== before[section]);
    expect(changed).toEqual(['account', 'sizer', 'book', 'stress', 'calendar']);
    expect(after.book.rows.get('p1')).toBe(before.book.rows.get('p1'));
  });

  it('reads one text by output key exactly as the flat record has it, each key held by one section only', () => {
    const view = createDeskPresenter()(figuresWith(stressed, book));
    const outputs = deskOutputs(view);
    for (const key of Object.keys(outputs) as (keyof DeskOutputs)[]) {
      expect(outputText(view, key)).toBe(outputs[key]);
    }
    const keyLists = [
      Object.keys(view.account),
      Object.keys(view.sizer),
      Object.keys(view.spread).filter((key) => key !== 'bestMatches'),
      Object.keys(view.book).filter((key) => key !== 'rows'),
      Object.keys(view.hedge),
      Object.keys(view.bars),
      ['moveToCall', 'moveToZero'],
    ];
    expect(new Set(keyLists.flat()).size).toBe(keyLists.flat().length);
    expect(Object.keys(outputs)).toHaveLength(keyLists.flat().length);
    expect(outputText(view, 'moveToCall')).toBe('-16.89% (RTY -337.8 pts)');
  });

  it('gives the texts of every section in one flat record, the same object for the same view', () => {
    const view = createDeskPresenter()(figuresWith(stressed, book));
    const outputs = deskOutputs(view);
    expect(deskOutputs(view)).toBe(outputs);
    expect(outputs).toMatchObject({
      contracts: view.sizer.contracts,
      riskBudget: view.account.riskBudget,
      spreadHedgeRatio: view.spread.spreadHedgeRatio,
      bookLeftOut: view.book.bookLeftOut,
      hedgePosition: view.hedge.hedgePosition,
      atrFromBars: view.bars.atrFromBars,
      moveToCall: '-16.89% (RTY -337.8 pts)',
      moveToZero: '-25.00% (RTY -500.0 pts)',
    });
    expect(Object.keys(outputs)).not.toContain('bestMatches');
    expect(Object.keys(outputs)).not.toContain('rows');
    expect(Object.values(outputs).every((text) => typeof text === 'string')).toBe(true);
  });
});
