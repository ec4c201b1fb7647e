// workerCommand: plain worker, torchrun on one node, torchrun across nodes.
import { shellQuote, workerCommand } from "./launch.js";

const BASE = { python: "/env/bin/python", endpoint: "ipc:///tmp/run-1/ctl.sock", workerId: "w0" };
const WORKER = ["-m", "observe_worker", "--endpoint", BASE.endpoint, "--worker-id", "w0"];

describe("workerCommand", () => {
  test("one process: python -m observe_worker, no torchrun", () => {
    for (const distributed of [undefined, { nprocPerNode: 1 }, { nprocPerNode: 1, nnodes: 1 }]) {
      expect(workerCommand({ ...BASE, distributed, args: ["--log-level", "DEBUG"] })).toEqual({
        file: "/env/bin/python",
        args: [...WORKER, "--watch-stdin", "--log-level", "DEBUG"],
        worldSize: 1,
        otherNodes: [],
      });
    }
  });

  test("one node, N processes: torchrun --standalone, then the same worker arguments", () => {
    const c = workerCommand({ ...BASE, distributed: { nprocPerNode: 8 } });
    expect(c.file).toBe("/env/bin/python");
    expect(c.args).toEqual(["-m", "torch.distributed.run", "--standalone", "--nproc-per-node", "8", ...WORKER, "--watch-stdin"]);
    expect(c.worldSize).toBe(8);
    expect(c.otherNodes).toEqual([]);
    // master address/port are not needed (nor used) on one node
    expect(workerCommand({ ...BASE, distributed: { nprocPerNode: 2, masterAddr: "10.0.0.1" } }).args).not.toContain("--master-addr");
  });

  test("several nodes: static rendezvous at the master, node 0 here, a pasteable command for every other node", () => {
    const c = workerCommand({ ...BASE, distributed: { nprocPerNode: 8, nnodes: 3, masterAddr: "10.0.0.1", masterPort: 29600 } });
    const torchrun = (rank: number) => ["-m", "torch.distributed.run", "--nnodes", "3", "--node-rank", String(rank),
      "--master-addr", "10.0.0.1", "--master-port", "29600", "--nproc-per-node", "8"];
    expect(c.args).toEqual([...torchrun(0), ...WORKER, "--watch-stdin"]);
    expect(c.worldSize).toBe(24);
    expect(c.otherNodes).toEqual([1, 2].map((r) => ["/env/bin/python", ...torchrun(r), ...WORKER].join(" ")));
  });

  test("several nodes: the master port defaults to 29500 and one process per node still uses torchrun", () => {
    const c = workerCommand({ ...BASE, distributed: { nprocPerNode: 1, nnodes: 2, masterAddr: "node0" } });
    expect(c.worldSize).toBe(2);
    expect(c.args.slice(0, 12)).toEqual(["-m", "torch.distributed.run", "--nnodes", "2", "--node-rank", "0",
      "--master-addr", "node0", "--master-port", "29500", "--nproc-per-node", "1"]);
    expect(c.otherNodes).toHaveLength(1);
    expect(c.otherNodes[0]).toContain("--node-rank 1 ");
  });

  test("this machine as another node rank: commands for the rest, but rank 0 must reach a tcp endpoint", () => {
    const tcp = { ...BASE, endpoint: "tcp://10.0.0.9:5555" };
    const c = workerCommand({ ...tcp, distributed: { nprocPerNode: 2, nnodes: 3, nodeRank: 1, masterAddr: "10.0.0.1" } });
    expect(c.args).toContain("--node-rank");
    expect(c.args[c.args.indexOf("--node-rank") + 1]).toBe("1");
    expect(c.otherNodes.map((cmd) => cmd.match(/--node-rank (\d)/)![1])).toEqual(["0", "2"]);
    expect(() => workerCommand({ ...BASE, distributed: { nprocPerNode: 2, nnodes: 2, nodeRank: 1, masterAddr: "a" } }))
      .toThrow(/ipc:\/\/.*tcp:\/\//);
  });

  test("bad settings are errors that name the option", () => {
    expect(() => workerCommand({ ...BASE, distributed: { nprocPerNode: 2, nnodes: 2 } })).toThrow(/masterAddr is required for 2 nodes/);
    expect(() => workerCommand({ ...BASE, distributed: { nprocPerNode: 0 } })).toThrow(/nprocPerNode must be a positive integer, got 0/);
    expect(() => workerCommand({ ...BASE, distributed: { nprocPerNode: 2, nnodes: 1.5 } })).toThrow(/nnodes/);
    expect(() => workerCommand({ ...BASE, distributed: { nprocPerNode: 2, nnodes: 2, nodeRank: 2, masterAddr: "a" } }))
      .toThrow(/nodeRank must be in 0..1/);
    expect(() => workerCommand({ ...BASE, distributed: { nprocPerNode: 2, nnodes: 2, masterAddr: "a", masterPort: 70000 } }))
      .toThrow(/masterPort/);
  });

  test("printed commands quote what the shell would split", () => {
    const c = workerCommand({ ...BASE, python: "/opt/my env/python", distributed: { nprocPerNode: 1, nnodes: 2, masterAddr: "a" } });
    expect(c.otherNodes[0]!.startsWith("'/opt/my env/python' -m torch.distributed.run")).toBe(true);
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(shellQuote("ipc:///tmp/x/ctl.sock")).toBe("ipc:///tmp/x/ctl.sock");
  });
});
