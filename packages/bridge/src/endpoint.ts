// Where the controller listens. Default: an ipc:// socket in a private (0700)
// directory. tcp:// is for workers on other machines and is always CURVE-encrypted
// and authenticated; it binds to loopback unless a host is given.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as zmq from "zeromq";

export interface CurveKeyPair {
  publicKey: string; // Z85
  secretKey: string; // Z85
}

/** The controller's server keys plus the client key pair(s) it accepts. */
export interface CurveKeys {
  server: CurveKeyPair;
  clients: CurveKeyPair[];
}

export function generateCurveKeys(clients = 1): CurveKeys {
  if (!zmq.capability.curve) throw new Error("this zeromq build lacks CURVE support; tcp:// endpoints need it");
  return { server: zmq.curveKeyPair(), clients: Array.from({ length: clients }, () => zmq.curveKeyPair()) };
}

/** Writes the keys (0600) for workers started by hand on other machines. */
export function writeCurveKeys(file: string, keys: CurveKeys): void {
  writeFileSync(file, JSON.stringify(keys, null, 2) + "\n", { mode: 0o600 });
  chmodSync(file, 0o600);
}

/** The environment a worker needs to reach a CURVE-protected controller. */
export function curveWorkerEnv(keys: CurveKeys, client = 0): Record<string, string> {
  const pair = keys.clients[client];
  if (!pair) throw new Error(`no CURVE client key pair #${client}; generate more with generateCurveKeys(n)`);
  return {
    OBSERVE_CURVE_SERVER_KEY: keys.server.publicKey,
    OBSERVE_CURVE_PUBLIC_KEY: pair.publicKey,
    OBSERVE_CURVE_SECRET_KEY: pair.secretKey,
  };
}

export interface PrivateRunDir {
  dir: string;
  endpoint: string;
  remove(): void;
}

/** mkdtemp creates the directory 0700, so only this user can reach the socket. */
export function privateIpcEndpoint(): PrivateRunDir {
  const dir = mkdtempSync(join(tmpdir(), "observe-"));
  chmodSync(dir, 0o700);
  return { dir, endpoint: `ipc://${join(dir, "controller.sock")}`, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Z85 (ZeroMQ RFC 32) text of a 32-byte CURVE key, as ZAP delivers keys in binary. */
function z85Encode(data: Uint8Array): string {
  const alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#";
  let out = "";
  for (let i = 0; i < data.length; i += 4) {
    let value = ((data[i]! << 24) | (data[i + 1]! << 16) | (data[i + 2]! << 8) | data[i + 3]!) >>> 0;
    let chunk = "";
    for (let j = 0; j < 5; j++, value = Math.floor(value / 85)) chunk = alphabet[value % 85] + chunk;
    out += chunk;
  }
  return out;
}

/**
 * ZAP handler (ZeroMQ RFC 27) that admits only listed CURVE client keys. A peer
 * without an allowed key pair completes no handshake, so nothing gets through.
 * libzmq asks the one handler bound at inproc://zeromq.zap.01 in the context.
 */
class CurveAuthenticator {
  private readonly domains = new Map<string, Set<string>>();
  private socket?: zmq.Reply;
  private counter = 0;

  async allow(clientPublicKeys: string[]): Promise<string> {
    const domain = `observe-${++this.counter}`;
    this.domains.set(domain, new Set(clientPublicKeys));
    if (!this.socket) {
      const socket = new zmq.Reply({ linger: 0 });
      this.socket = socket;
      await socket.bind("inproc://zeromq.zap.01");
      void this.serve(socket);
    }
    return domain;
  }

  /** Forgets a domain; the handler socket closes with the last one so Node can exit. */
  release(domain: string): void {
    this.domains.delete(domain);
    if (this.domains.size === 0 && this.socket) {
      this.socket.close();
      this.socket = undefined;
    }
  }

  private async serve(socket: zmq.Reply): Promise<void> {
    try {
      for await (const frames of socket) {
        const [version, requestId, domain, , , mechanism, key] = frames;
        const allowed = this.domains.get(domain?.toString() ?? "");
        const ok = mechanism?.toString() === "CURVE" && key?.length === 32 && !!allowed?.has(z85Encode(key));
        await socket.send([version ?? "1.0", requestId ?? "", ok ? "200" : "400", ok ? "OK" : "unknown client key", "", ""]);
      }
    } catch {
      // closed by release()
    }
  }
}

export const curveAuthenticator = new CurveAuthenticator();
