import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, emptyPortfolioRow, type PortfolioRowText } from '../core';
import { memoryStorage, readSave, SAVE_KEY, snapshotJson, loadSaved, type Snapshot } from './persistence';
import { decodeShareLink, encodeShareLink } from './shareLink';

const rows: PortfolioRowText[] = [
  { ...emptyPortfolioRow('a1', 'MES'), price: '5800.00', stopPoints: '14.00' },
  { ...emptyPortfolioRow('a2', 'MGC'), price: '2400.0', stopMode: 'atr', atrMultiple: '2', atr: '3.1' },
];
const snapshot: Snapshot = {
  inputs: { ...DEFAULT_INPUTS, equity: '5000', portfolioRiskPct: '2' },
  book: [],
  portfolio: { rows, correlations: { 'MES|MGC': '0.3' } },
};

describe('the portfolio in saves', () => {
  it('round-trips through the saved JSON', () => {
    const read = readSave(JSON.parse(snapshotJson(snapshot)));
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.snapshot.portfolio).toEqual(snapshot.portfolio);
    expect(read.snapshot.inputs.portfolioRiskPct).toBe('2');
    expect(read.unknown.size).toBe(0);
  });

  it('is not written while empty, and a save from before it reads as none', () => {
    const json = snapshotJson({ inputs: DEFAULT_INPUTS, book: [] });
    expect(JSON.parse(json)).not.toHaveProperty('portfolio');
    const old = readSave({ version: 1, inputs: { equity: '30000' }, book: [] });
    expect(old.kind === 'ok' ? old.snapshot.portfolio : 'unread').toBeUndefined();
  });

  it('sets aside rows and correlations it cannot read, keeps the rest, renumbers repeated ids', () => {
    const storage = memoryStorage({
      [SAVE_KEY]: JSON.stringify({
        version: 1,
        inputs: {},
        book: [],
        portfolio: {
          rows: [rows[0], { id: 'a1', symbol: 'MNQ' }, rows[0]],
          correlations: { 'MES|MGC': '0.3', junk: 1 },
        },
      }),
    });
    const loaded = loadSaved(storage, 'stamp');
    expect(loaded.portfolio?.rows.map((r) => r.id)).toEqual(['a1', 'a2']);
    expect(loaded.portfolio?.correlations).toEqual({ 'MES|MGC': '0.3' });
    expect(loaded.notices[0]?.text).toMatch(/portfolioRows, portfolioCorrelations/);
  });
});

describe('the portfolio in share links', () => {
  it('travels as compact rows (trailing empty texts left out) and correlations (`r`); ids a1…an again', async () => {
    const fragment = await encodeShareLink(snapshot);
    const json = JSON.parse(
      inflateRawSync(Buffer.from(fragment.slice(fragment.indexOf('z=') + 2), 'base64url')).toString('utf8'),
    ) as Record<string, unknown>;
    expect(json.a).toEqual([
      ['MES', 'long', '5800.00', 'points', '14.00', '2.5'],
      ['MGC', 'long', '2400.0', 'atr', '', '2', '3.1'],
    ]);
    expect(json.r).toEqual({ 'MES|MGC': '0.3' });
    const opened = await decodeShareLink(fragment);
    expect(opened !== null && 'snapshot' in opened ? opened.snapshot.portfolio : null).toEqual(
      snapshot.portfolio,
    );
  });
});
