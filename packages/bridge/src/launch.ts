// The command line that starts a worker: plain `python -m observe_worker`, or the same
// module under torchrun (`python -m torch.distributed.run`) when it spans several
// processes. Only rank 0 of that group connects to the controller; the worker itself
// decides that, so the arguments are the same for every rank.

/** torchrun settings; one process in all (the default) means no torchrun. */
export interface DistributedOptions {
  /** Processes per node: one per GPU, or gloo processes on a CPU machine. */
  nprocPerNode: number;
  nnodes?: number;
  /** This machine's node rank; rank 0 (the default) holds the process that talks to the controller. */
  nodeRank?: number;
  /** Address of node 0 that every node can reach; required for several nodes. */
  masterAddr?: string;
  masterPort?: number;
}

export interface WorkerCommandOptions {
  python: string;
  endpoint: string;
  workerId: string;
  distributed?: DistributedOptions;
  /** Extra worker CLI arguments, after the standard ones. */
  args?: string[];
}

export interface WorkerCommand {
  /** The executable and its arguments, for execa. */
  file: string;
  args: string[];
  /** Processes in the worker's torch.distributed group (1: no torchrun). */
  worldSize: number;
  /** Shell command lines to run on each other node, in node-rank order; empty for one node. */
  otherNodes: string[];
}

export const DEFAULT_MASTER_PORT = 29500;

const positiveInt = (v: number) => Number.isInteger(v) && v >= 1;

export function workerCommand(opts: WorkerCommandOptions): WorkerCommand {
  const d = opts.distributed ?? { nprocPerNode: 1 };
  const nproc = d.nprocPerNode;
  const nnodes = d.nnodes ?? 1;
  const nodeRank = d.nodeRank ?? 0;
  if (!positiveInt(nproc)) throw new Error(`distributed.nprocPerNode must be a positive integer, got ${nproc}`);
  if (!positiveInt(nnodes)) throw new Error(`distributed.nnodes must be a positive integer, got ${nnodes}`);
  if (!Number.isInteger(nodeRank) || nodeRank < 0 || nodeRank >= nnodes) {
    throw new Error(`distributed.nodeRank must be in 0..${nnodes - 1} (nnodes ${nnodes}), got ${nodeRank}`);
  }
  // --watch-stdin: the worker exits when the controller (its stdin's other end) goes away.
  const workerArgs = (watchStdin: boolean) => [
    "-m", "observe_worker", "--endpoint", opts.endpoint, "--worker-id", opts.workerId,
    ...(watchStdin ? ["--watch-stdin"] : []), ...(opts.args ?? []),
  ];
  const worldSize = nproc * nnodes;
  if (worldSize === 1) return { file: opts.python, args: workerArgs(true), worldSize, otherNodes: [] };

  if (nnodes === 1) {
    // --standalone: a private rendezvous on a free local port, so concurrent runs never collide.
    const args = ["-m", "torch.distributed.run", "--standalone", "--nproc-per-node", String(nproc), ...workerArgs(true)];
    return { file: opts.python, args, worldSize, otherNodes: [] };
  }

  if (!d.masterAddr) {
    throw new Error(`distributed.masterAddr is required for ${nnodes} nodes: the address of node 0 that every node can reach ` +
      "(trainer.master_addr in a config)");
  }
  const port = d.masterPort ?? DEFAULT_MASTER_PORT;
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`distributed.masterPort must be 1..65535, got ${port}`);
  if (nodeRank !== 0 && opts.endpoint.startsWith("ipc://")) {
    throw new Error(`node rank ${nodeRank}: rank 0 runs on another machine and cannot reach the ipc:// endpoint ${opts.endpoint}; ` +
      "run the controller on node 0, or bind a tcp:// endpoint with CURVE keys");
  }
  const torchrun = (rank: number) => [
    "-m", "torch.distributed.run", "--nnodes", String(nnodes), "--node-rank", String(rank),
    "--master-addr", d.masterAddr!, "--master-port", String(port), "--nproc-per-node", String(nproc),
  ];
  // Other nodes are started by hand (ssh, a job script) where stdin may be /dev/null, so no --watch-stdin there;
  // their ranks end with the process group when node 0 goes away.
  const otherNodes = range(nnodes).filter((r) => r !== nodeRank)
    .map((r) => [opts.python, ...torchrun(r), ...workerArgs(false)].map(shellQuote).join(" "));
  return { file: opts.python, args: [...torchrun(nodeRank), ...workerArgs(true)], worldSize, otherNodes };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** POSIX shell quoting, only where needed, so a printed command pastes as is. */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
