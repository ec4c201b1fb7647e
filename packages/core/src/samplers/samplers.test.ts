import { LadderSampler } from "./ladder-sampler.js";
import { OnlineSampler, type OnlineItem } from "./online-sampler.js";
import { RandomSampler } from "./random-sampler.js";

const take = (s: { nextBatch(): number[] }, k: number) => Array.from({ length: k }, () => s.nextBatch());
const roundTrip = <T>(state: T): T => JSON.parse(JSON.stringify(state));

describe("ladder sampler", () => {
  const order = Array.from({ length: 10 }, (_, i) => 9 - i);

  test("serves the ladder in order, drops the last partial batch, repeats each epoch", () => {
    const s = new LadderSampler(order, { batchSize: 4 });
    expect(s.batchesPerEpoch).toBe(2);
    expect(take(s, 3)).toEqual([[9, 8, 7, 6], [5, 4, 3, 2], [9, 8, 7, 6]]);
    expect(s.epoch).toBe(1);
    const keep = new LadderSampler(order, { batchSize: 4, dropLast: false });
    expect(take(keep, 4)).toEqual([[9, 8, 7, 6], [5, 4, 3, 2], [1, 0], [9, 8, 7, 6]]);
  });

  test("state round trip: stop at batch k, restore, the next batches are identical", () => {
    for (const k of [0, 1, 2, 5]) {
      const a = new LadderSampler(order, { batchSize: 3 });
      take(a, k);
      const b = LadderSampler.fromState(order, roundTrip(a.state()));
      expect(take(b, 7)).toEqual(take(a, 7));
    }
  });

  test("restoring against a different ladder is refused", () => {
    const s = new LadderSampler(order, { batchSize: 3 });
    expect(() => LadderSampler.fromState([...order].reverse(), s.state())).toThrow(/ladder differs/);
  });

  test("a dataset smaller than one batch is a clear error", () => {
    expect(() => new LadderSampler([1, 2], { batchSize: 4 })).toThrow(/2 samples cannot fill one batch of 4/);
  });
});

describe("random sampler", () => {
  test("each epoch is a seeded permutation; epochs differ", () => {
    const s = new RandomSampler(12, 5, { batchSize: 4 });
    const e0 = take(s, 3).flat();
    const e1 = take(s, 3).flat();
    expect([...e0].sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i));
    expect([...e1].sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i));
    expect(e1).not.toEqual(e0);
    expect(take(new RandomSampler(12, 5, { batchSize: 4 }), 3).flat()).toEqual(e0);
    expect(take(new RandomSampler(12, 6, { batchSize: 4 }), 3).flat()).not.toEqual(e0);
  });

  test("state round trip across an epoch boundary", () => {
    for (const k of [0, 2, 3, 4, 8]) {
      const a = new RandomSampler(12, 9, { batchSize: 4 });
      take(a, k);
      const b = RandomSampler.fromState(12, roundTrip(a.state()));
      expect(take(b, 6)).toEqual(take(a, 6));
    }
  });

  test("restoring with a different dataset size is refused", () => {
    expect(() => RandomSampler.fromState(13, new RandomSampler(12, 1, { batchSize: 4 }).state())).toThrow(/12/);
  });
});

describe("online sampler", () => {
  // 12 samples in ladder order: stages 0..2, four each, difficulty 0.25 / 0.5 / 0.75.
  const items: OnlineItem[] = Array.from({ length: 12 }, (_, pos) => ({ index: 100 + pos, difficulty: [0.25, 0.5, 0.75][Math.floor(pos / 4)]!, stage: Math.floor(pos / 4) }));

  test("without observations it follows the ladder order", () => {
    const s = new OnlineSampler(items, { batchSize: 4 });
    expect(take(s, 3)).toEqual([[100, 101, 102, 103], [104, 105, 106, 107], [108, 109, 110, 111]]);
  });

  test("group accuracy re-ranks what comes next: a level found easier moves ahead", () => {
    const s = new OnlineSampler(items, { batchSize: 2 });
    expect(s.nextBatch()).toEqual([100, 101]);
    // Two samples of the hardest level (prior 0.75) are solved 8/8 three times each (e.g. in
    // earlier epochs): pooled by level, their unseen siblings now look easiest of all.
    for (let k = 0; k < 3; k++) {
      s.observe(108, 8, 8);
      s.observe(109, 8, 8);
    }
    // shift = sum(fails - 0.75*8) / (trials + 8) = -36 / 56
    expect(s.estimate(110)).toBeCloseTo(0.75 - 36 / 56, 12);
    expect(s.estimate(108)).toBeCloseTo((0.75 * 8) / (8 + 24), 12);
    expect(s.nextBatch()).toEqual([110, 111]);
    expect(s.nextBatch()).toEqual([108, 109]);
    expect(s.nextBatch()).toEqual([102, 103]);
  });

  test("each sample once per epoch, whatever is observed", () => {
    const s = new OnlineSampler(items, { batchSize: 4 });
    const epoch = take(s, 3).flat();
    expect([...epoch].sort((a, b) => a - b)).toEqual(items.map((i) => i.index));
  });

  test("state round trip with observations, across epochs", () => {
    const a = new OnlineSampler(items, { batchSize: 4 });
    const feed = (s: OnlineSampler, batch: number[]) => batch.forEach((i, j) => s.observe(i, (i * 7 + j) % 9, 8));
    for (let k = 0; k < 4; k++) feed(a, a.nextBatch());
    const b = OnlineSampler.fromState(items, roundTrip(a.state()));
    for (let k = 0; k < 6; k++) {
      const x = a.nextBatch();
      const y = b.nextBatch();
      expect(y).toEqual(x);
      feed(a, x);
      feed(b, y);
    }
    expect(b.state()).toEqual(a.state());
  });

  test("bad observations are named", () => {
    const s = new OnlineSampler(items, { batchSize: 4 });
    expect(() => s.observe(5, 1, 8)).toThrow(/unknown dataset index 5/);
    expect(() => s.observe(100, 9, 8)).toThrow(/bad observation 9\/8/);
  });
});
