/**
 * Imported bars as stored in the browser (`riskdesk:bars`). 100,000 bars are about 4.6 MB of text, which
 * localStorage writes synchronously and which fills most of its quota; gzip (CompressionStream) brings
 * that to about a quarter, so storing and reading stay short and leave room for everything else.
 * Stored form: `{ sourceName, gzip: base64 }`; the older `{ sourceName, text }` is still read.
 */
import type { SavedBars } from './persistence';

function bytesToBase64(bytes: Uint8Array<ArrayBuffer>): string {
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function pipe(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array<ArrayBuffer>> {
  const piped = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

/** The JSON stored for `bars`: gzip-compressed where the browser can, else the plain text. */
export async function encodeStoredBars(bars: SavedBars): Promise<string> {
  if (typeof CompressionStream === 'undefined') return JSON.stringify(bars);
  const gzip = await pipe(new TextEncoder().encode(bars.text), new CompressionStream('gzip'));
  return JSON.stringify({ sourceName: bars.sourceName, gzip: bytesToBase64(gzip) });
}

/** The bars of a stored JSON text (either form); null when it cannot be read. */
export async function decodeStoredBars(raw: string | null): Promise<SavedBars | null> {
  if (raw === null) return null;
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { sourceName, text, gzip } = parsed as Record<string, unknown>;
    if (typeof sourceName !== 'string') return null;
    if (typeof text === 'string') return { sourceName, text };
    if (typeof gzip !== 'string' || typeof DecompressionStream === 'undefined') return null;
    const bytes = await pipe(base64ToBytes(gzip), new DecompressionStream('gzip'));
    return { sourceName, text: new TextDecoder().decode(bytes) };
  } catch {
    return null;
  }
}
