// A Postgres wire-protocol server in front of one PGlite instance that many
// client connections can share safely.
//
// PGlite is a single Postgres backend, i.e. one session. pglite-socket's server
// forwards every protocol *message* on its own, so with two connections one
// client's Parse/Bind/Execute/Sync could run between another's and the two would
// read each other's unnamed statement, portal and results. Here each connection
// is parsed into atomic batches that end where Postgres answers with
// ReadyForQuery (Sync, Query, FunctionCall), and a batch is handed to PGlite
// whole, so between two batches the session holds no half-finished exchange.
//
// Transactions are kept whole by ownership: after a batch that leaves the
// session inside a transaction block, that connection owns the session and
// only its batches run until one leaves the transaction; other connections wait
// (as if every transaction locked every row). A connection that goes away while
// owning the session has its transaction rolled back. One that owns it but stays
// silent while others wait (a client stuck between BEGIN and COMMIT, a psql
// left in a transaction) would freeze every process, so once others have waited
// idleInTransactionTimeout for it, it is disconnected (compare Postgres's
// idle_in_transaction_session_timeout).
//
// What stays shared, because there is one session underneath: SET (session
// GUCs), named prepared statements and portals, temporary tables, LISTEN,
// session-level advisory locks (which therefore never block each other),
// cursors WITH HOLD, and the startup packet's options (only the first
// connection's are applied). node-postgres and Prisma (through
// @prisma/adapter-pg) use the unnamed statement and portal, which the batching
// keeps per-exchange, and use SET only inside transactions (SET LOCAL), so they
// are safe; a client that relies on session state of its own is not.
import { createServer } from "node:net";

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
/** Protocol 3.0 (and any 3.x, which PGlite negotiates itself). */
const PROTOCOL_MAJOR_3 = 3;
/** Far above any real startup packet; a larger "length" means garbage. */
const MAX_STARTUP_LENGTH = 10_000;
/** Postgres's own limit for one message (PQ_LARGE_MESSAGE_LIMIT is 1 GB - 1). */
const MAX_MESSAGE_LENGTH = 0x3fffffff;

/**
 * COPY … FROM STDIN makes PGlite read the rows from the batch it is running,
 * finds none (the client sends them only after CopyInResponse), takes that as
 * the client hanging up and exits: the database is dead until restarted. So it
 * is refused. A statement that raises the error inside Postgres, rather than a
 * made-up reply, leaves the transaction status exactly as Postgres sees it.
 * (COPY … TO STDOUT works. Extended-protocol COPY is not caught; no client here uses it.)
 */
const COPY_FROM_STDIN = /(?:^|;)\s*copy\s[^;]*\bfrom\s+stdin\b/i;
const REFUSE_COPY_FROM_STDIN =
  "DO $$ BEGIN RAISE EXCEPTION 'COPY FROM STDIN is not supported by the embedded database (PGlite)' " +
  "USING ERRCODE = 'feature_not_supported'; END $$";

const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const FUNCTION_CALL = 0x46; // 'F'
const FLUSH = 0x48; // 'H'
const TERMINATE = 0x58; // 'X'

/**
 * Serves `db` on host:port until stop().
 *
 * @param {{
 *   db: import("@electric-sql/pglite").PGlite;
 *   host?: string;
 *   port?: number;
 *   maxConnections?: number;
 *   idleInTransactionTimeout?: number;
 * }} options idleInTransactionTimeout in ms, 0 for none
 * @returns {Promise<{ port: number; stop(): Promise<void> }>}
 */
export async function servePGlite({
  db,
  host = "127.0.0.1",
  port = 0,
  maxConnections = 64,
  idleInTransactionTimeout = 10_000,
}) {
  await db.waitReady;
  const session = new Session(db, idleInTransactionTimeout);
  /** @type {Set<Connection>} */
  const connections = new Set();
  const server = createServer((socket) => {
    const connection = new Connection(socket, session, () => {
      if (connections.size > maxConnections) {
        connection.fail("53300", `too many connections (at most ${maxConnections})`);
        return false;
      }
      return true;
    });
    connections.add(connection);
    socket.once("close", () => connections.delete(connection));
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(undefined);
    });
  });
  const address = server.address();
  if (address === null || typeof address !== "object") throw new Error("Server has no address");
  return {
    port: address.port,
    async stop() {
      const closed = new Promise((resolve) => server.close(() => resolve(undefined)));
      for (const connection of connections) connection.socket.destroy();
      // Let the batch PGlite is running finish; queued ones are dropped.
      await session.close();
      await closed;
    },
  };
}

/**
 * The one PGlite session, handed to one batch at a time in arrival order,
 * except that a connection that owns it (inside a transaction, or between a
 * Flush and its Sync) has only its own batches run until it lets go.
 */
class Session {
  /**
   * @param {import("@electric-sql/pglite").PGlite} db
   * @param {number} idleTimeout
   */
  constructor(db, idleTimeout) {
    this.db = db;
    this.idleTimeout = idleTimeout;
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    this.idleTimer = undefined;
    /** @type {{ connection: Connection; bytes: Uint8Array | null; flush: boolean }[]} */
    this.queue = [];
    /** @type {Connection | null} */
    this.owner = null;
    this.running = false;
    this.closed = false;
    /** @type {Promise<void>} */
    this.idle = Promise.resolve();
  }

  /**
   * Queues a batch; `bytes` null means "the connection is gone": clean up after
   * it if it owns the session.
   *
   * @param {Connection} connection
   * @param {Uint8Array | null} bytes
   * @param {boolean} [flush] the batch ends with Flush, so the exchange goes on
   */
  submit(connection, bytes, flush = false) {
    if (this.closed) return;
    this.queue.push({ connection, bytes, flush });
    if (!this.running) this.idle = this.#drain();
  }

  /** @param {Connection} connection */
  disconnect(connection) {
    // Its queued batches no longer have anyone to answer to.
    this.queue = this.queue.filter((batch) => batch.connection !== connection);
    this.submit(connection, null);
  }

  async close() {
    this.closed = true;
    this.queue = [];
    clearTimeout(this.idleTimer);
    await this.idle;
  }

  async #drain() {
    this.running = true;
    try {
      while (!this.closed) {
        const owner = this.owner;
        const index = owner ? this.queue.findIndex((batch) => batch.connection === owner) : 0;
        const batch = index === -1 ? undefined : this.queue.splice(index, 1)[0];
        // Empty queue, or the owner is thinking: others wait for its next batch.
        if (!batch) {
          this.#watchOwner();
          break;
        }
        await this.#run(batch);
      }
    } finally {
      this.running = false;
    }
  }

  /** @param {{ connection: Connection; bytes: Uint8Array | null; flush: boolean }} batch */
  async #run({ connection, bytes, flush }) {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    if (bytes) {
      try {
        await this.#exec(bytes, (chunk) => connection.write(chunk));
      } catch (error) {
        // PGlite itself failed (not an SQL error, which is a normal reply): this
        // client's exchange is lost, so end it rather than leave it waiting.
        console.error("[embedded-db] PGlite failed on a client's batch:", error);
        connection.socket.destroy();
      }
      connection.awaitingSync = flush;
    }
    const holding = this.db.isInTransaction() || connection.awaitingSync;
    if (holding && connection.gone) {
      await this.#abandon(connection);
      this.owner = null;
    } else {
      this.owner = holding ? connection : null;
    }
  }

  /**
   * The owner has nothing queued while others wait: it gets idleTimeout to send
   * its next batch. (Counted from here, not from its last batch: being idle in
   * a transaction harms nobody until someone waits.)
   */
  #watchOwner() {
    const owner = this.owner;
    if (!owner || !this.idleTimeout || this.idleTimer || this.queue.length === 0) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = undefined;
      if (this.owner !== owner || this.running || this.closed) return;
      owner.fail(
        "25P03",
        "terminating connection due to idle-in-transaction timeout: other clients of the " +
          "embedded database were waiting",
      );
      // Not left to the socket's "close", which a stuck client might delay.
      this.disconnect(owner);
    }, this.idleTimeout);
    // A pending timer must not keep a finished process alive.
    this.idleTimer.unref();
  }

  /** Ends what a vanished connection left open, so that the next client starts clean. */
  async #abandon(connection) {
    const ignore = () => {};
    try {
      // A Flush without its Sync leaves the extended-protocol exchange (and its
      // implicit transaction) open; Sync closes it, then ROLLBACK an explicit one.
      if (connection.awaitingSync) await this.#exec(message(SYNC, Buffer.alloc(0)), ignore);
      connection.awaitingSync = false;
      if (this.db.isInTransaction()) await this.#exec(query("ROLLBACK"), ignore);
    } catch (error) {
      console.error("[embedded-db] Could not roll back a closed client's transaction:", error);
    }
  }

  /**
   * Every call into PGlite goes through here with its own onRawData: PGlite
   * keeps the last stream callback and would send the output of a later
   * db.query()/db.exec() to it, i.e. to some client's socket.
   *
   * @param {Uint8Array} bytes
   * @param {(chunk: Uint8Array) => void} onRawData
   */
  #exec(bytes, onRawData) {
    return this.db.runExclusive(() => this.db.execProtocolRawStream(bytes, { onRawData }));
  }
}

/** One client socket: parses its byte stream into batches for the session. */
class Connection {
  /**
   * @param {import("node:net").Socket} socket
   * @param {Session} session
   * @param {() => boolean} admit  called on the startup packet; false refuses the client
   */
  constructor(socket, session, admit) {
    this.socket = socket;
    this.session = session;
    this.admit = admit;
    this.buffer = Buffer.alloc(0);
    this.started = false;
    /** @type {Buffer[]} */
    this.pending = [];
    /** Its last batch ended with Flush: it is mid-exchange and must keep the session. */
    this.awaitingSync = false;
    this.gone = false;
    socket.setNoDelay(true);
    socket.on("data", (data) => this.#receive(data));
    // "close" follows every "error"; the listener only keeps errors from being thrown.
    socket.on("error", () => {});
    socket.on("close", () => {
      this.gone = true;
      this.session.disconnect(this);
    });
  }

  /** @param {Uint8Array} chunk */
  write(chunk) {
    // Buffer.from copies: the chunk is a view into PGlite's memory.
    if (!this.socket.destroyed && chunk.length > 0) this.socket.write(Buffer.from(chunk));
  }

  /**
   * Sends a FATAL ErrorResponse and closes the connection.
   *
   * @param {string} code SQLSTATE
   * @param {string} text
   */
  fail(code, text) {
    const field = (/** @type {string} */ type, /** @type {string} */ value) =>
      Buffer.from(`${type}${value}\0`);
    const body = Buffer.concat([
      field("S", "FATAL"),
      field("V", "FATAL"),
      field("C", code),
      field("M", text),
      Buffer.from([0]),
    ]);
    // Destroyed once written: waiting for the client to close its side would let
    // a stuck client keep the connection (and the session) forever.
    this.socket.end(message(0x45 /* 'E' */, body), () => this.socket.destroy());
    this.gone = true;
  }

  /** @param {Buffer} data */
  #receive(data) {
    if (this.gone) return;
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, data]) : data;
    let offset = 0;
    while (!this.gone) {
      const taken = this.started ? this.#typedMessage(offset) : this.#untypedMessage(offset);
      if (taken === 0) break;
      offset += taken;
    }
    this.buffer = this.buffer.subarray(offset);
  }

  /**
   * Before the startup packet: SSLRequest, GSSENCRequest, CancelRequest or the
   * startup packet itself, each an int32 length then an int32 code.
   * Returns the bytes consumed, 0 when the message is incomplete.
   *
   * @param {number} offset
   */
  #untypedMessage(offset) {
    if (this.buffer.length - offset < 8) return 0;
    const length = this.buffer.readInt32BE(offset);
    const code = this.buffer.readInt32BE(offset + 4);
    if (length < 8 || length > MAX_STARTUP_LENGTH) {
      this.fail("08P01", "invalid startup packet length");
      return 0;
    }
    if (this.buffer.length - offset < length) return 0;
    if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
      // 'N': no encryption; the client goes on in plain text (or gives up).
      this.socket.write("N");
    } else if (code === CANCEL_REQUEST) {
      // Cancelling would have to interrupt PGlite mid-batch, which it cannot;
      // like Postgres, close the cancel connection without an answer.
      this.socket.destroy();
      this.gone = true;
    } else if (code >> 16 === PROTOCOL_MAJOR_3) {
      this.started = true;
      if (this.admit()) {
        // PGlite answers the startup packet (AuthenticationOk, ParameterStatus,
        // BackendKeyData, ReadyForQuery) without starting a new session: it
        // only parses it, so the shared session and its open transaction, if
        // any, are untouched. It still runs as a batch, after any owner's
        // transaction, so that its ReadyForQuery says "idle" truthfully.
        this.#submit(Buffer.from(this.buffer.subarray(offset, offset + length)));
      }
    } else {
      this.fail("0A000", `unsupported frontend protocol ${code >> 16}.${code & 0xffff}`);
    }
    return length;
  }

  /**
   * After startup: a type byte, then an int32 length that counts itself.
   *
   * @param {number} offset
   */
  #typedMessage(offset) {
    if (this.buffer.length - offset < 5) return 0;
    const type = this.buffer[offset];
    const length = this.buffer.readInt32BE(offset + 1);
    if (length < 4 || length > MAX_MESSAGE_LENGTH) {
      this.fail("08P01", "invalid message length");
      return 0;
    }
    const size = 1 + length;
    if (this.buffer.length - offset < size) return 0;
    if (type === TERMINATE) {
      // Not forwarded: PGlite ignores Terminate, but the session is shared and
      // must outlive this client anyway. Anything unsynced is dropped, as
      // Postgres would; "close" then releases the session if it was held.
      this.pending = [];
      this.socket.destroy();
      this.gone = true;
      return size;
    }
    // Copied: this.buffer is reused for the next data event.
    let bytes = Buffer.from(this.buffer.subarray(offset, offset + size));
    if (type === QUERY && COPY_FROM_STDIN.test(bytes.toString("utf8", 5, size - 1))) {
      bytes = query(REFUSE_COPY_FROM_STDIN);
    }
    this.pending.push(bytes);
    if (type === SYNC || type === QUERY || type === FUNCTION_CALL || type === FLUSH) {
      const bytes = Buffer.concat(this.pending);
      this.pending = [];
      this.#submit(bytes, type === FLUSH);
    }
    return size;
  }

  /**
   * @param {Uint8Array} bytes
   * @param {boolean} [flush] the batch ends with Flush: the exchange goes on
   */
  #submit(bytes, flush = false) {
    this.session.submit(this, bytes, flush);
  }
}

/**
 * @param {number} type
 * @param {Buffer} body
 */
function message(type, body) {
  const header = Buffer.alloc(5);
  header[0] = type;
  header.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([header, body]);
}

/** @param {string} sql */
function query(sql) {
  return message(QUERY, Buffer.from(`${sql}\0`));
}
