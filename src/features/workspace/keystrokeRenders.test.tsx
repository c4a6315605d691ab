/**
 * What a keystroke re-renders, with the desk the browser bench types into (scripts/benchBrowser.ts: a sized
 * M2K mini + micro trade, the trade in the book, 300 pasted bars and their chart): only the field typed into
 * and the figures whose text changed; no panel, section, chart or list renders again. Counted from React's
 * commits (tests/support/reactRenders.ts), never timed.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Desk } from '../../Desk';
import { useDesk } from '../../store/deskStore';
import { recordRenders, type ComponentRender } from '../../../tests/support/reactRenders';
import { syntheticBarsCsv } from '../../../tests/support/syntheticBars';

/** The components a keystroke may render: the field typed into, changed figures, the price ladder. */
const FIELD = ['InputField', 'NumberField'];
const FIGURES = ['OutputField', 'BarFigure', 'Output', 'Ladder', 'PriceLadder'];

beforeEach(() => {
  useDesk.setState(useDesk.getInitialState(), true);
  window.location.hash = '';
  useDesk.getState().setToday({ year: 2026, month: 11, day: 21 });
  useDesk.getState().setNow({ ms: Date.UTC(2026, 10, 20, 15, 0), timeZone: 'America/Chicago' });
});

const field = (name: string) => screen.getByRole('textbox', { name });

async function retype(user: UserEvent, name: string, text: string) {
  await user.clear(field(name));
  await user.type(field(name), text);
}

/** The bench's desk: every section of the Size view shows figures, the bars chart included. */
async function benchDesk(user: UserEvent) {
  render(<Desk />);
  await retype(user, 'Account equity', '25,000');
  await retype(user, 'Risk per trade', '1');
  await retype(user, 'Max margin use', '20');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Contract' }), 'M2K');
  await user.type(field('Entry price'), '2000');
  await user.type(field('Stop price'), '1990');
  await user.type(field('Target price'), '2030');
  await user.click(screen.getByRole('checkbox', { name: 'Mix minis and micros' }));
  await user.click(screen.getByRole('button', { name: 'Add to book' }));
  await act(async () => {
    await useDesk.getState().importBars(syntheticBarsCsv(300, 20261121), 'pasted text');
  });
  // Lazily loaded: the bars panel, then its chart.
  await screen.findByRole('figure', { name: 'Close prices with ATR stop bands' }, { timeout: 15_000 });
}

/** Every figure's shown text (value and note) by its output's id. */
function figureTexts(): Map<string, string> {
  return new Map(
    [...document.querySelectorAll('output')].map((output) => [
      output.id,
      output.parentElement?.textContent ?? '',
    ]),
  );
}

interface Keystroke {
  readonly renders: readonly ComponentRender[];
  /** Ids of the outputs whose shown text changed. */
  readonly changed: ReadonlySet<string>;
}

/** Types "base", then digits and Backspaces in turn (each a valid text, as the bench does), recording each. */
async function keystrokes(user: UserEvent, name: string, base: string): Promise<Keystroke[]> {
  await retype(user, name, base);
  const recorded: Keystroke[] = [];
  for (const key of ['5', '{Backspace}', '7', '{Backspace}']) {
    const before = figureTexts();
    const renders = await recordRenders(() => user.keyboard(key));
    const after = figureTexts();
    const changed = new Set([...after].filter(([id, text]) => before.get(id) !== text).map(([id]) => id));
    recorded.push({ renders, changed });
  }
  return recorded;
}

/** Each figure (an Output) that rendered shows a new text; the names of the components rendered. */
function expectOnlyChangedFigures({ renders, changed }: Keystroke): string[] {
  const outputs = renders.filter((r) => r.component === 'Output').map((r) => r.key);
  expect(outputs.length).toBeGreaterThan(0);
  for (const id of outputs) expect(changed, `${id ?? '?'} rendered unchanged`).toContain(id);
  return [...new Set(renders.map((r) => r.component))].sort();
}

describe('a keystroke re-renders only what it changes', () => {
  it('typing into Account equity renders the field, the changed figures and the ladder: 22 components', async () => {
    const user = userEvent.setup();
    await benchDesk(user);
    for (const keystroke of await keystrokes(user, 'Account equity', '25000')) {
      const components = expectOnlyChangedFigures(keystroke);
      expect(components.filter((name) => !FIELD.includes(name) && !FIGURES.includes(name))).toEqual([]);
      // The risk bar and the sizer both show a new budget and size.
      expect(keystroke.changed).toContain('bar-riskBudget');
      expect(keystroke.changed).toContain('out-contracts');
      // The field's notes, the copy button, the panels and the chart do not render.
      expect(keystroke.renders.length).toBeLessThanOrEqual(22);
    }
  });

  it('typing into Entry price renders no risk bar, account strip or bars panel: 14 components', async () => {
    const user = userEvent.setup();
    await benchDesk(user);
    for (const keystroke of await keystrokes(user, 'Entry price', '2000.')) {
      const components = expectOnlyChangedFigures(keystroke);
      expect(components.filter((name) => !FIELD.includes(name) && !FIGURES.includes(name))).toEqual([]);
      expect(components).not.toContain('BarFigure');
      expect(keystroke.changed).toContain('out-totalRisk');
      expect(keystroke.renders.length).toBeLessThanOrEqual(14);
    }
  });
});
