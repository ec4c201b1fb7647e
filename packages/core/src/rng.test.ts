import fc from "fast-check";
import { Rng } from "./rng.js";

describe("Rng", () => {
  test("same seed, same stream; string seeds work", () => {
    const a = Rng.fromSeed(42);
    const b = Rng.fromSeed(42);
    const xs = Array.from({ length: 5 }, () => a.nextUint32());
    expect(Array.from({ length: 5 }, () => b.nextUint32())).toEqual(xs);
    expect(Rng.fromSeed("run-1").next()).toBe(Rng.fromSeed("run-1").next());
    expect(Rng.fromSeed(1).next()).not.toBe(Rng.fromSeed(2).next());
  });

  test("state round trip continues the stream exactly", () => {
    const a = Rng.fromSeed(7);
    for (let i = 0; i < 10; i++) a.next();
    const b = Rng.fromState(JSON.parse(JSON.stringify(a.state())));
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(Array.from({ length: 20 }, () => a.next()));
    expect(() => Rng.fromState([1, 2, 3] as never)).toThrow(/four uint32/);
  });

  test("int stays in range and shuffle is a permutation (fast-check)", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 1000 }), (seed, n) => {
        const r = Rng.fromSeed(seed);
        const k = r.int(n);
        expect(Number.isInteger(k) && k >= 0 && k < n).toBe(true);
        const xs = Array.from({ length: n % 50 }, (_, i) => i);
        expect([...r.shuffle([...xs])].sort((a, b) => a - b)).toEqual(xs);
      }),
    );
  });

  test("next() is roughly uniform", () => {
    const r = Rng.fromSeed(3);
    const bins = new Array(10).fill(0);
    for (let i = 0; i < 100_000; i++) bins[Math.floor(r.next() * 10)]++;
    for (const b of bins) expect(Math.abs(b - 10_000)).toBeLessThan(500);
  });
});
