/**
 * A bare Postgres wire-protocol client for tests that need control pg does not
 * give: splitting one exchange across several writes, or Flush without Sync.
 */
import { Socket } from "node:net";

export interface BackendMessage {
  /** The type byte as a character: "T" RowDescription, "D" DataRow, "Z" ReadyForQuery… */
  type: string;
  body: Buffer;
}

export class WireClient {
  private buffer = Buffer.alloc(0);
  private received: BackendMessage[] = [];
  private wake: (() => void) | undefined;

  private constructor(readonly socket: Socket) {
    socket.on("data", (data) => {
      this.buffer = Buffer.concat([this.buffer, data]);
      while (this.buffer.length >= 5) {
        const size = 1 + this.buffer.readInt32BE(1);
        if (this.buffer.length < size) break;
        const type = String.fromCharCode(this.buffer[0] ?? 0);
        this.received.push({ type, body: this.buffer.subarray(5, size) });
        this.buffer = this.buffer.subarray(size);
      }
      this.wake?.();
    });
    socket.on("close", () => this.wake?.());
  }

  /** Connects as user postgres and waits for the first ReadyForQuery. */
  static async connect(port: number): Promise<WireClient> {
    const socket = new Socket();
    await new Promise<void>((resolve, reject) => {
      socket.once("error", reject);
      socket.connect(port, "127.0.0.1", () => resolve());
    });
    const client = new WireClient(socket);
    const body = Buffer.concat([int32(196608), cstr("user"), cstr("postgres"), Buffer.from([0])]);
    socket.write(Buffer.concat([int32(4 + body.length), body]));
    await client.until("Z");
    return client;
  }

  send(...messages: Buffer[]): void {
    this.socket.write(Buffer.concat(messages));
  }

  /** Messages received and not yet taken, without waiting. */
  pending(): BackendMessage[] {
    return [...this.received];
  }

  /** Waits for a message of `type`; returns and consumes everything up to it. */
  async until(type: string, timeoutMs = 5_000): Promise<BackendMessage[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.received.findIndex((message) => message.type === type);
      if (index !== -1) return this.received.splice(0, index + 1);
      if (this.socket.destroyed) throw new Error(`connection closed while waiting for ${type}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${type} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  close(): void {
    this.socket.destroy();
  }
}

/** The text values of the DataRows among `messages`. */
export function dataRows(messages: BackendMessage[]): (string | null)[][] {
  return messages
    .filter((message) => message.type === "D")
    .map(({ body }) => {
      const values: (string | null)[] = [];
      let offset = 2;
      for (let column = 0; column < body.readInt16BE(0); column++) {
        const length = body.readInt32BE(offset);
        offset += 4;
        values.push(length < 0 ? null : body.toString("utf8", offset, offset + length));
        offset += Math.max(length, 0);
      }
      return values;
    });
}

// Frontend messages, unnamed statement and portal, text format throughout.
export const wire = {
  query: (sql: string) => message("Q", cstr(sql)),
  parse: (sql: string) => message("P", cstr(""), cstr(sql), int16(0)),
  bind: () => message("B", cstr(""), cstr(""), int16(0), int16(0), int16(0)),
  describe: () => message("D", Buffer.from("P"), cstr("")),
  /** maxRows 0: all of them. */
  execute: (maxRows = 0) => message("E", cstr(""), int32(maxRows)),
  flush: () => message("H"),
  sync: () => message("S"),
};

function message(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from(type), int32(4 + body.length), body]);
}

function cstr(text: string): Buffer {
  return Buffer.from(`${text}\0`);
}

function int16(value: number): Buffer {
  const buffer = Buffer.alloc(2);
  buffer.writeInt16BE(value);
  return buffer;
}

function int32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeInt32BE(value);
  return buffer;
}
