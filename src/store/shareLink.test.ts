import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, type BookRow, type Inputs } from '../core';
import type { Snapshot } from './persistence';
import {
  decodeShareLink,
  encodeShareLink,
  MAX_SHARE_JSON_BYTES,
  parseShareFragment,
  routeOfFragment,
  type SharedLink,
} from './shareLink';

const base64Url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
/** A link as RiskDesk wrote them before compressed links: `#s=` + base64url of the whole save JSON. */
const legacyLink = (json: string) => `#s=${base64Url(Buffer.from(json, 'utf8'))}`;
const legacyLinkOf = ({ inputs, book }: Snapshot) => legacyLink(JSON.stringify({ version: 1, inputs, book }));
/** A compressed link of any JSON text (deflate-raw by Node's zlib, independent of the module's encoder). */
const zLink = (json: string, route = '') =>
  `${route === '' ? '#' : `${route}?`}z=${base64Url(deflateRawSync(json))}`;
/** The JSON inside a `#z=` link. */
const unpacked = (fragment: string) =>
  inflateRawSync(Buffer.from(fragment.slice(fragment.indexOf('z=') + 2), 'base64url')).toString('utf8');

const row = (id: string, stop = ''): BookRow => ({
  id,
  symbol: 'M2K',
  side: 'long',
  quantity: '1',
  entry: '2000.0',
  stop,
});
const sized: Inputs = { ...DEFAULT_INPUTS, entry: '2000', stopPrice: '1990' };
const snapshotOf = (link: SharedLink | null) => (link !== null && 'snapshot' in link ? link.snapshot : null);
const errorOf = (link: SharedLink | null) => (link !== null && 'error' in link ? link.error : null);

describe('compressed share links', () => {
  it('hold only the inputs that differ from the defaults, and the book without ids or empty stops', async () => {
    const book = [row('p1', '1990.0'), { ...row('p7'), symbol: 'ES', side: 'short' }];
    const fragment = await encodeShareLink({ inputs: sized, book });
    expect(fragment).toMatch(/^#z=[A-Za-z0-9_-]+$/);
    expect(unpacked(fragment)).toBe(
      '{"v":1,"i":{"entry":"2000","stopPrice":"1990"},"b":[["M2K","long","1","2000.0","1990.0"],["ES","short","1","2000.0"]]}',
    );
  });

  it('for the defaults hold nothing but the version', async () => {
    expect(unpacked(await encodeShareLink({ inputs: DEFAULT_INPUTS, book: [] }))).toBe('{"v":1}');
  });

  it('are at most 200 characters for the defaults plus one sized trade (entry 2000, stop 1990)', async () => {
    const fragment = await encodeShareLink({ inputs: sized, book: [] });
    // 69 characters with zlib's deflate (Node and Chromium); the whole-JSON #s= link was 2,435.
    expect(fragment.length).toBeLessThanOrEqual(200);
    expect(legacyLinkOf({ inputs: sized, book: [] }).length).toBeGreaterThan(2000);
  });

  it('restore exactly the inputs and the book they were made from, non-ASCII text included; ids become p1…pn', async () => {
    const inputs: Inputs = {
      ...sized,
      realizedPnl: '\u2212150',
      'M2K.initial': '715',
      symbol: 'MES',
      side: 'short',
      spreadMixShort: 'true',
      equity: '',
    };
    const book = [row('p3', '1990.0'), { ...row('p9'), quantity: '2 ½' }];
    const decoded = await decodeShareLink(await encodeShareLink({ inputs, book }));
    expect(decoded).toEqual({
      snapshot: { inputs, book: [row('p1', '1990.0'), { ...row('p2'), quantity: '2 ½' }] },
      unknownKeys: [],
    });
  });

  it('keep the section route they are made on, and open with or without it', async () => {
    const fragment = await encodeShareLink({ inputs: sized, book: [] }, '#/spread');
    expect(fragment).toMatch(/^#\/spread\?z=[A-Za-z0-9_-]+$/);
    // A link made while a link was still in the address bar keeps only its route.
    expect(await encodeShareLink({ inputs: sized, book: [] }, '#/book?z=abc')).toMatch(/^#\/book\?z=/);
    expect(await encodeShareLink({ inputs: sized, book: [] }, '#top')).toMatch(/^#z=/);
    expect(snapshotOf(await decodeShareLink(fragment))?.inputs).toEqual(sized);
    expect(snapshotOf(await decodeShareLink(fragment.replace('#/spread?', '#')))?.inputs).toEqual(sized);
  });
});

describe('links RiskDesk wrote before (#s=, the whole save JSON)', () => {
  it.each([
    ['alone', ''],
    ['behind a route', '#/book?'],
  ])('still open, %s', async (_, route) => {
    const book = [row('p1'), row('p2', '1990.0')];
    const link = legacyLinkOf({ inputs: sized, book });
    const fragment = route === '' ? link : `${route}${link.slice(1)}`;
    expect(await decodeShareLink(fragment)).toEqual({ snapshot: { inputs: sized, book }, unknownKeys: [] });
  });

  it('open from a fixed text: only the entry typed, in the older form without a stop field', async () => {
    // base64url of {"version":1,"inputs":{"entry":"2000"},"book":[{"id":"p1","symbol":"ES","side":"short","quantity":"1","entry":"5800"}]}
    const fragment =
      '#s=eyJ2ZXJzaW9uIjoxLCJpbnB1dHMiOnsiZW50cnkiOiIyMDAwIn0sImJvb2siOlt7ImlkIjoicDEiLCJzeW1ib2wiOiJFUyIsInNpZGUiOiJzaG9ydCIsInF1YW50aXR5IjoiMSIsImVudHJ5IjoiNTgwMCJ9XX0';
    expect(await decodeShareLink(fragment)).toEqual({
      snapshot: {
        inputs: { ...DEFAULT_INPUTS, entry: '2000' },
        book: [{ id: 'p1', symbol: 'ES', side: 'short', quantity: '1', entry: '5800', stop: '' }],
      },
      unknownKeys: [],
    });
  });

  it('renumber duplicate row ids', async () => {
    const fragment = legacyLinkOf({ inputs: DEFAULT_INPUTS, book: [row('p1'), row('p1'), row('p2')] });
    expect(snapshotOf(await decodeShareLink(fragment))?.book.map((r) => r.id)).toEqual(['p1', 'p3', 'p2']);
  });
});

describe('fragments that are not share links', () => {
  it.each(['', '#', '#top', '#/spread', '#/spread?tab=2', '#/size?zz=1', 'z=abc', '#x=abc'])(
    '%j',
    async (fragment) => {
      expect(parseShareFragment(fragment)).toBeNull();
      expect(await decodeShareLink(fragment)).toBeNull();
    },
  );
});

describe('the parts of a fragment', () => {
  it.each([
    ['#z=abc', { route: '', format: 'z', payload: 'abc' }],
    ['#s=abc', { route: '', format: 's', payload: 'abc' }],
    ['#/spread?z=abc', { route: '#/spread', format: 'z', payload: 'abc' }],
    ['#/book?s=abc', { route: '#/book', format: 's', payload: 'abc' }],
    ['#/plan?from=chat&z=abc', { route: '#/plan', format: 'z', payload: 'abc' }],
    ['#/?z=abc', { route: '#/', format: 'z', payload: 'abc' }],
  ])('%s', (fragment, parts) => {
    expect(parseShareFragment(fragment)).toEqual(parts);
  });

  it.each([
    ['#/spread', '#/spread'],
    ['#/spread?z=abc', '#/spread'],
    ['#z=abc', ''],
    ['#top', ''],
    ['', ''],
  ])('the route of %j is %j', (fragment, route) => {
    expect(routeOfFragment(fragment)).toBe(route);
  });
});

const DAMAGED = 'This share link is damaged or from a newer RiskDesk: your own inputs are shown instead.';

describe('share links that cannot be used apply nothing', () => {
  it.each([
    ['not base64', '#s=%%%'],
    ['not base64, compressed', '#z=not-a-valid-link!'],
    ['empty', '#z='],
    ['not deflate data', `#z=${base64Url(Buffer.from('{"v":1}'))}`],
    ['cut short', zLink('{"v":1,"i":{"entry":"2000","stopPrice":"1990"}}').slice(0, -6)],
    ['not JSON', zLink('{"v":1,')],
    ['not an object', zLink('[1]')],
    ['no version', zLink('{"i":{"entry":"2000"}}')],
    ['version 0', zLink('{"v":0,"i":{"entry":"2000"}}')],
    ['a newer version', zLink('{"v":2,"i":{"entry":"2000"}}')],
    ['inputs not an object', zLink('{"v":1,"i":["2000"]}')],
    ['invalid UTF-8', `#z=${base64Url(deflateRawSync(Buffer.from([0x7b, 0xff, 0x7d])))}`],
    ['an old link from a newer version', legacyLink('{"version":3,"inputs":{}}')],
  ])('%s', async (_, fragment) => {
    expect(await decodeShareLink(fragment)).toEqual({ error: DAMAGED });
  });

  it.each([
    ['compressed', (book: BookRow[]) => encodeShareLink({ inputs: sized, book })],
    ['old form', (book: BookRow[]) => Promise.resolve(legacyLinkOf({ inputs: sized, book }))],
  ])('more than 500 book rows are refused whole (%s); 500 open', async (_, encode) => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => row(`p${i + 1}`));
    expect(errorOf(await decodeShareLink(await encode(rows(501))))).toBe(
      'This share link holds 501 book rows, more than the 500 RiskDesk opens: nothing was applied, and your own inputs are shown.',
    );
    expect(snapshotOf(await decodeShareLink(await encode(rows(500))))?.book).toHaveLength(500);
  });

  it.each([
    ['#s=', `#s=${'A'.repeat(64 * 1024)}`],
    ['#z=', `#z=${'A'.repeat(64 * 1024)}`],
    ['behind a route', `#/spread?z=${'A'.repeat(64 * 1024)}`],
  ])('links longer than 64 KB are refused (%s)', async (_, fragment) => {
    expect(errorOf(await decodeShareLink(fragment))).toBe(
      'This share link is longer than 64 KB, more than RiskDesk opens: nothing was applied, and your own inputs are shown.',
    );
  });

  it('a short link that unpacks to more than 1 MB is refused, not inflated whole', async () => {
    const json = `{"v":1,"i":{"entry":"${' '.repeat(MAX_SHARE_JSON_BYTES)}"}}`;
    const fragment = zLink(json);
    expect(fragment.length).toBeLessThan(4096);
    expect(errorOf(await decodeShareLink(fragment))).toBe(
      'This share link unpacks to more than 1 MB, more than RiskDesk opens: nothing was applied, and your own inputs are shown.',
    );
  });
});

describe('share links with entries RiskDesk does not know', () => {
  it.each([
    ['compressed', zLink('{"v":1,"i":{"__proto__":{"entry":"1"},"constructor":"x","entry":"2000"}}')],
    [
      'old form',
      legacyLink('{"version":1,"inputs":{"__proto__":{"entry":"1"},"constructor":"x","entry":"2000"}}'),
    ],
  ])('list __proto__ and constructor like any other unknown key (%s)', async (_, fragment) => {
    const decoded = await decodeShareLink(fragment);
    expect(decoded).toMatchObject({ unknownKeys: ['__proto__', 'constructor'] });
    expect(snapshotOf(decoded)?.inputs.entry).toBe('2000');
    expect(Object.getPrototypeOf(snapshotOf(decoded)?.inputs)).toBe(Object.prototype);
  });

  it('list unknown inputs, choices outside their options and rows they cannot read, and use the rest', async () => {
    const fragment = zLink(
      JSON.stringify({
        v: 1,
        i: { entry: '2000', mystery: '42', side: 'sideways', stopPrice: 7 },
        b: [['ES', 'short', '1', '5800'], ['M2K', 'long'], 'p3', ['MES', 'long', '2', '6000', '5990']],
      }),
    );
    expect(await decodeShareLink(fragment)).toEqual({
      snapshot: {
        inputs: { ...DEFAULT_INPUTS, entry: '2000' },
        book: [
          { id: 'p1', symbol: 'ES', side: 'short', quantity: '1', entry: '5800', stop: '' },
          { id: 'p4', symbol: 'MES', side: 'long', quantity: '2', entry: '6000', stop: '5990' },
        ],
      },
      unknownKeys: ['mystery', 'side', 'stopPrice', 'bookRows'],
    });
  });

  it('read a version written as a string as the number', async () => {
    const decoded = await decodeShareLink(zLink('{"v":"1","i":{"entry":"2000"}}'));
    expect(snapshotOf(decoded)?.inputs.entry).toBe('2000');
    const old = await decodeShareLink(legacyLink('{"version":"1","inputs":{"entry":"2100"}}'));
    expect(snapshotOf(old)?.inputs.entry).toBe('2100');
  });
});
