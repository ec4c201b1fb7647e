// The controller's ZeroMQ side: one ROUTER socket that any number of workers
// (DEALERs with stable routing ids) connect to. It owns the single send queue,
// the request ids, per-request timeouts and heartbeats in both directions.
import * as zmq from "zeromq";
import { curveAuthenticator, type CurveKeys, privateIpcEndpoint, type PrivateRunDir } from "./endpoint.js";
import { ProtocolMismatchError, WorkerRequestError, WorkerTimeoutError } from "./errors.js";
import { consoleLogger, type Logger } from "./logger.js";
import {
  type DecodedMessage,
  decodeMessage,
  encodeMessage,
  type EnvelopeProps,
  type Method,
  type NamedPayloads,
  pb,
  PROTOCOL_VERSION,
} from "./wire.js";

export interface ControllerOptions {
  /** ipc://... or tcp://host:port. Default: ipc:// in a private 0700 directory. */
  endpoint?: string;
  /** Required for tcp:// endpoints: server keys and the client keys allowed in. */
  curve?: CurveKeys;
  logger?: Logger;
  heartbeatIntervalMs?: number;
  /** A worker silent for this long is declared dead. */
  heartbeatTimeoutMs?: number;
}

export type WorkerHello = ReturnType<typeof pb.Hello.decode>;

interface Pending {
  method: string;
  resolve(msg: DecodedMessage): void;
  reject(err: Error): void;
  timer?: NodeJS.Timeout;
}

/** One connected worker: send requests, await replies. */
export class WorkerConnection {
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private failure?: (method: string) => Error;
  lastHeardMs = Date.now();
  busyWith = "";
  /** Seconds the worker has spent handling this connection's requests, summed over its replies. */
  workerSeconds = 0;

  constructor(
    private readonly controller: Controller,
    readonly workerId: string,
    readonly hello: WorkerHello,
  ) {}

  get pendingCount(): number {
    return this.pending.size;
  }

  request(method: Method, body: object, payloads: NamedPayloads = [], timeoutMs = 0): Promise<DecodedMessage> {
    return this.requestFrames(method, (requestId) => encodeMessage({ requestId, [method]: body } as EnvelopeProps, payloads), timeoutMs);
  }

  /** Sends frames built for a fresh request id and awaits the reply to that id. */
  requestFrames(method: string, build: (requestId: number) => Buffer[], timeoutMs = 0): Promise<DecodedMessage> {
    if (this.failure) return Promise.reject(this.failure(method));
    const requestId = this.nextId;
    this.nextId = this.nextId >= 0xffffffff ? 1 : this.nextId + 1; // uint32 on the wire
    return new Promise<DecodedMessage>((resolve, reject) => {
      const entry: Pending = { method, resolve, reject };
      if (timeoutMs > 0) {
        entry.timer = setTimeout(() => {
          this.pending.delete(requestId);
          reject(new WorkerTimeoutError(method, timeoutMs, `worker "${this.workerId}"`));
        }, timeoutMs);
      }
      this.pending.set(requestId, entry);
      this.controller.send(this.workerId, build(requestId)).catch((err: Error) => {
        this.settle(requestId)?.reject(new Error(`${method}: could not send to worker "${this.workerId}": ${err.message}`));
      });
    });
  }

  /** Rejects every pending and future request with the error this produces. */
  fail(makeError: (method: string) => Error): void {
    this.failure ??= makeError;
    for (const [id, entry] of this.pending) {
      this.settle(id);
      entry.reject(makeError(entry.method));
    }
  }

  /** @internal called by the controller for each reply. */
  onReply(msg: DecodedMessage): void {
    const entry = this.settle(msg.envelope.requestId);
    if (!entry) return; // timed out earlier, or a heartbeat reply
    this.workerSeconds += msg.envelope.handlerSeconds ?? 0;
    const error = msg.envelope.error;
    if (error) entry.reject(new WorkerRequestError(entry.method, error.type || "Error", error.message ?? "", error.traceback ?? ""));
    else entry.resolve(msg);
  }

  private settle(requestId: number): Pending | undefined {
    const entry = this.pending.get(requestId);
    if (!entry) return undefined;
    this.pending.delete(requestId);
    clearTimeout(entry.timer);
    return entry;
  }
}

interface Waiter {
  resolve(conn: WorkerConnection): void;
  reject(err: Error): void;
}

export class Controller {
  private readonly router: zmq.Router;
  private sendChain: Promise<void> = Promise.resolve();
  private readonly workers = new Map<string, WorkerConnection>();
  private readonly waiters = new Map<string, Waiter>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly logger: Logger;
  private closed = false;
  private zapDomain?: string;

  private constructor(
    readonly endpoint: string,
    private readonly runDir: PrivateRunDir | undefined,
    private readonly options: ControllerOptions,
  ) {
    this.logger = options.logger ?? consoleLogger;
    this.router = new zmq.Router({ linger: 0, mandatory: true, sendHighWaterMark: 0, receiveHighWaterMark: 0 });
    const interval = options.heartbeatIntervalMs ?? 1000;
    this.heartbeat = setInterval(() => this.beat(), interval);
    this.heartbeat.unref(); // never keeps Node alive on its own
  }

  static async bind(options: ControllerOptions = {}): Promise<Controller> {
    const runDir = options.endpoint ? undefined : privateIpcEndpoint();
    const endpoint = options.endpoint ?? runDir!.endpoint;
    const controller = new Controller(endpoint, runDir, options);
    const router = controller.router;
    if (endpoint.startsWith("tcp://")) {
      if (!options.curve) {
        throw new Error(`tcp endpoint ${endpoint} needs CURVE keys (ControllerOptions.curve from generateCurveKeys()); ` +
          "use the default ipc:// endpoint for workers on this machine");
      }
      router.curveServer = true;
      router.curveSecretKey = options.curve.server.secretKey;
      controller.zapDomain = await curveAuthenticator.allow(options.curve.clients.map((c) => c.publicKey));
      router.zapDomain = controller.zapDomain;
    }
    try {
      await router.bind(endpoint);
    } catch (err) {
      runDir?.remove();
      throw new Error(`cannot bind the controller socket at ${endpoint}: ${(err as Error).message}`);
    }
    // Port 0 asks the OS for a free port; report the real one.
    const bound = endpoint.startsWith("tcp://") ? (router.lastEndpoint ?? endpoint) : endpoint;
    (controller as { endpoint: string }).endpoint = bound;
    void controller.receiveLoop();
    return controller;
  }

  /** Resolves when the worker with this routing id has connected and passed the handshake. */
  waitForWorker(workerId: string): Promise<WorkerConnection> {
    const existing = this.workers.get(workerId);
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => this.waiters.set(workerId, { resolve, reject }));
  }

  /** Forgets a worker (it exited): its pending and later calls reject with the given error. */
  abandonWorker(workerId: string, makeError: (method: string) => Error): void {
    this.waiters.get(workerId)?.reject(makeError("handshake"));
    this.waiters.delete(workerId);
    this.workers.get(workerId)?.fail(makeError);
    this.workers.delete(workerId);
  }

  get connectedWorkers(): WorkerConnection[] {
    return [...this.workers.values()];
  }

  /** The one send queue: zeromq allows a single pending send per socket. */
  send(workerId: string, frames: Buffer[]): Promise<void> {
    const next = this.sendChain.then(() => this.router.send([workerId, ...frames]));
    this.sendChain = next.catch(() => undefined);
    return next;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.heartbeat);
    for (const [id, waiter] of this.waiters) waiter.reject(new Error(`controller closed before worker "${id}" connected`));
    for (const conn of this.workers.values()) conn.fail((m) => new Error(`${m}: the controller was closed`));
    this.router.close();
    if (this.zapDomain) curveAuthenticator.release(this.zapDomain);
    this.runDir?.remove();
  }

  private async receiveLoop(): Promise<void> {
    try {
      for await (const [sender, ...frames] of this.router) {
        this.onMessage(sender!.toString(), frames);
      }
    } catch (err) {
      if (!this.closed) this.logger.error(`controller receive loop stopped: ${(err as Error).message}`);
    }
  }

  private onMessage(workerId: string, frames: Buffer[]): void {
    let msg: DecodedMessage;
    try {
      msg = decodeMessage(frames);
    } catch (err) {
      this.logger.warn(`dropping undecodable message from worker "${workerId}": ${(err as Error).message}`);
      return;
    }
    const { envelope } = msg;
    if (envelope.body === "hello") return this.onHello(workerId, msg);
    const conn = this.workers.get(workerId);
    if (!conn) {
      this.logger.warn(`message from unknown worker "${workerId}" before its hello; ignored`);
      return;
    }
    conn.lastHeardMs = Date.now();
    if (envelope.body === "heartbeat") {
      conn.busyWith = envelope.heartbeat?.busyWith ?? "";
      if (!envelope.isReply) return; // the worker's own beat
    }
    conn.onReply(msg);
  }

  private onHello(workerId: string, msg: DecodedMessage): void {
    const hello = msg.envelope.hello!;
    const accepted = hello.protocolVersion === PROTOCOL_VERSION;
    const ack = { helloAck: { protocolVersion: PROTOCOL_VERSION, accepted, reason: "" } };
    const waiter = this.waiters.get(workerId);
    if (!accepted) {
      const error = new ProtocolMismatchError(PROTOCOL_VERSION, hello.protocolVersion ?? 0, workerId);
      ack.helloAck.reason = error.message;
      void this.send(workerId, encodeMessage(ack)).catch(() => undefined);
      if (waiter) waiter.reject(error);
      else this.logger.error(error.message);
      this.waiters.delete(workerId);
      return;
    }
    const conn = new WorkerConnection(this, workerId, pb.Hello.decode(pb.Hello.encode(hello).finish()));
    this.workers.set(workerId, conn);
    void this.send(workerId, encodeMessage(ack)).catch(() => undefined);
    this.waiters.delete(workerId);
    waiter?.resolve(conn);
  }

  private beat(): void {
    const now = Date.now();
    const timeout = this.options.heartbeatTimeoutMs ?? 30_000;
    for (const conn of this.workers.values()) {
      if (now - conn.lastHeardMs > timeout) {
        conn.fail((m) => new WorkerTimeoutError(m, timeout, `worker "${conn.workerId}" stopped sending heartbeats`));
        this.workers.delete(conn.workerId);
        continue;
      }
      const envelope = { heartbeat: { unixTime: now / 1000 } };
      void this.send(conn.workerId, encodeMessage(envelope)).catch(() => undefined);
    }
  }
}
