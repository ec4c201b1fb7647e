// The wire format: [Envelope, payload frames...] (see proto/observe.proto).
// Bulk arrays travel as raw little-endian frames beside a small protobuf header.
import { observe } from "../generated/observe.js";

export const pb = observe.v1;
export type Envelope = observe.v1.Envelope;
export type EnvelopeProps = observe.v1.Envelope.$Properties;
export type Method = NonNullable<Envelope["body"]>;

/** The protocol version this build speaks, read from the .proto itself. */
export const PROTOCOL_VERSION: number = pb.ProtocolVersion.PROTOCOL_VERSION_CURRENT;

export type Payload = Uint8Array | Int32Array | Float32Array;

const DTYPE_OF = (a: Payload) =>
  a instanceof Float32Array ? pb.DType.DTYPE_FLOAT32 : a instanceof Int32Array ? pb.DType.DTYPE_INT32 : pb.DType.DTYPE_UINT8;

/** Named payload frames to send; the order is the frame order. */
export type NamedPayloads = Array<[name: string, data: Payload]>;

export function encodeMessage(envelope: EnvelopeProps, payloads: NamedPayloads = []): Buffer[] {
  const frames = payloads.map(([name, data]) => ({ name, dtype: DTYPE_OF(data), shape: [data.length] }));
  const header = pb.Envelope.encode({ ...envelope, frames }).finish();
  // Views, not copies: zeromq sends straight from the typed arrays' memory.
  return [
    Buffer.from(header.buffer, header.byteOffset, header.byteLength),
    ...payloads.map(([, d]) => Buffer.from(d.buffer, d.byteOffset, d.byteLength)),
  ];
}

export interface DecodedMessage {
  envelope: Envelope;
  frames: Buffer[];
}

export function decodeMessage(frames: Buffer[]): DecodedMessage {
  const [header, ...payloads] = frames;
  if (!header) throw new Error("empty message from worker");
  const envelope = pb.Envelope.decode(header);
  if (envelope.frames.length !== payloads.length) {
    throw new Error(`worker message describes ${envelope.frames.length} payload frames but ${payloads.length} arrived`);
  }
  return { envelope, frames: payloads };
}

/** Reads a named payload frame of a reply as a typed array (copying only when misaligned). */
export function readArray(msg: DecodedMessage, name: string, kind: "int32"): Int32Array;
export function readArray(msg: DecodedMessage, name: string, kind: "float32"): Float32Array;
export function readArray(msg: DecodedMessage, name: string, kind: "int32" | "float32"): Int32Array | Float32Array {
  const index = msg.envelope.frames.findIndex((f) => f.name === name);
  const frame = msg.frames[index];
  if (index < 0 || !frame) throw new Error(`worker reply lacks payload frame "${name}"`);
  const expected = kind === "int32" ? pb.DType.DTYPE_INT32 : pb.DType.DTYPE_FLOAT32;
  if (msg.envelope.frames[index]!.dtype !== expected) throw new Error(`payload frame "${name}" is not ${kind}`);
  const Ctor = kind === "int32" ? Int32Array : Float32Array;
  const aligned = frame.byteOffset % 4 === 0 ? frame : Buffer.from(frame);
  return new Ctor(aligned.buffer as ArrayBuffer, aligned.byteOffset, aligned.byteLength / 4);
}

/** uint64 fields may decode as Long objects; callers want plain numbers. */
export function toNumber(value: number | { toNumber(): number } | null | undefined): number {
  if (value == null) return 0;
  return typeof value === "number" ? value : value.toNumber();
}
