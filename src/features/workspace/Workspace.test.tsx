import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDesk } from '../../store/deskStore';
import { Workspace } from './Workspace';
import { sectionOfHash } from './sections';

beforeEach(() => {
  useDesk.setState(useDesk.getInitialState(), true);
  window.location.hash = '';
});

async function go(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await Promise.resolve();
  });
}

describe('the workspace', () => {
  it('reads a section from a hash route and ignores fragments that are not routes', () => {
    expect(sectionOfHash('#/book')).toBe('book');
    expect(sectionOfHash('#/spread?z=abc')).toBe('spread');
    expect(sectionOfHash('#s=eyJ2ZXJzaW9uIjoxfQ')).toBeNull();
    expect(sectionOfHash('#/nowhere')).toBeNull();
    expect(sectionOfHash('')).toBeNull();
  });

  it('names every section in its navigation and shows one section at a time', async () => {
    render(<Workspace />);
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    const routes = ['Size', 'Spread', 'Book & stress', 'Hedge', 'Contracts'].map((name) =>
      within(nav).getByRole('link', { name }).getAttribute('href'),
    );
    expect(routes).toEqual(['#/size', '#/spread', '#/book', '#/hedge', '#/contracts']);
    expect(screen.getByRole('link', { name: 'Size' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('textbox', { name: 'Entry price' })).toBeTruthy();

    await go('#/book');
    expect(await screen.findByRole('button', { name: 'Add position' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Entry price' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Book & stress' }).getAttribute('aria-current')).toBe('page');
    // Navigating moves the focus to the section's heading.
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { level: 2, name: 'Book and margin stress' }),
    );
  });
});
