/**
 * A small seeded pseudo-random generator for simulations: xoshiro128** 1.1 (Blackman & Vigna,
 * https://prng.di.unimi.it/xoshiro128starstar.c), four 32-bit state words, period 2^128 − 1, seeded from
 * one 32-bit integer through splitmix32 so that nearby seeds give unrelated streams. Pure: the same seed
 * gives the same sequence on every platform (32-bit integer operations only, and an exact division by
 * 2^32 for the uniforms). Not for cryptography.
 */

const TWO_POW_32 = 4294967296;

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** A stream of uniform numbers in [0, 1) with 32-bit resolution (k ÷ 2^32, k a whole number). */
export interface UniformStream {
  /** The next number. */
  readonly next: () => number;
  /** Fills `out` with the next out.length numbers, in order (the same as calling next() that often). */
  readonly fill: (out: Float64Array) => void;
}

/** A stream over an explicit xoshiro128** state; the all-zero state (a fixed point) becomes 1, 0, 0, 0. */
function streamOf(words: readonly [number, number, number, number]): UniformStream & {
  readonly nextUint32: () => number;
} {
  const zero = (words[0] | words[1] | words[2] | words[3]) === 0;
  let s0 = zero ? 1 : words[0] | 0;
  let s1 = words[1] | 0;
  let s2 = words[2] | 0;
  let s3 = words[3] | 0;
  // The step is written out in each method (not shared through a call) so that the hot loop of `fill`
  // keeps the state in registers.
  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };
  return {
    nextUint32,
    next: () => nextUint32() / TWO_POW_32,
    fill: (out: Float64Array) => {
      let a = s0;
      let b = s1;
      let c = s2;
      let d = s3;
      for (let i = 0; i < out.length; i++) {
        out[i] = (Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0) / TWO_POW_32;
        const t = b << 9;
        c ^= a;
        d ^= b;
        b ^= c;
        a ^= d;
        c ^= t;
        d = rotl(d, 11);
      }
      s0 = a;
      s1 = b;
      s2 = c;
      s3 = d;
    },
  };
}

/** xoshiro128** from an explicit state of four 32-bit words: the next unsigned 32-bit output per call. */
export function xoshiro128ss(state: readonly [number, number, number, number]): () => number {
  return streamOf(state).nextUint32;
}

/** splitmix32: expands one seed into well-mixed 32-bit words (one per call). */
function splitmix32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let z = a;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
}

/** Uniform numbers in [0, 1) from a seed taken modulo 2^32 (enough for win/loss draws and for picking one of a list). */
export function seededUniform(seed: number): UniformStream {
  const mix = splitmix32(seed);
  const { next, fill } = streamOf([mix(), mix(), mix(), mix()]);
  return { next, fill };
}
