import { describe, expect, it } from 'vitest';
import { decodeStoredBars, encodeStoredBars } from './barsStorage';

const TEXT = [
  'Date,Open,High,Low,Close',
  ...Array.from({ length: 500 }, (_, i) => `2026-01-${i},2000,2010,1990,2005`),
].join('\n');

describe('stored bars', () => {
  it('round-trip through gzip, several times smaller than the text', async () => {
    const stored = await encodeStoredBars({ sourceName: 'bars.csv', text: TEXT });
    expect(JSON.parse(stored)).toHaveProperty('gzip');
    expect(stored.length * 4).toBeLessThan(TEXT.length);
    expect(await decodeStoredBars(stored)).toEqual({ sourceName: 'bars.csv', text: TEXT });
  });

  it('still read the older plain form, and refuse what is not stored bars', async () => {
    expect(await decodeStoredBars('{"sourceName":"a.csv","text":"x"}')).toEqual({
      sourceName: 'a.csv',
      text: 'x',
    });
    expect(await decodeStoredBars('{"sourceName":"a.csv","gzip":"not base64!"}')).toBeNull();
    expect(await decodeStoredBars('{not json')).toBeNull();
    expect(await decodeStoredBars(null)).toBeNull();
  });
});
