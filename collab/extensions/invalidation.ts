import type {
  Connection,
  connectedPayload,
  Extension,
  Hocuspocus,
  onConfigurePayload,
} from "@hocuspocus/server";
import { Redis as IORedis } from "ioredis";
import { ZInvalidationSchema, type TInvalidation } from "@/lib/collab-invalidation";
import type { CollabContext } from "../refusal";

/** Close code and reason the browser sees; it reconnects and is authorised afresh. */
export const PERMISSIONS_CHANGED = { code: 4000, reason: "permissions-changed" } as const;

const CHANNEL = "foreword:collab:invalidate";

/** How long an invalidation is remembered for connections still being set up. */
const REMEMBER_MS = 30_000;

/**
 * When a stage is completed or reopened, or a member's role changes, the app
 * tells a collab server (POST /internal/invalidate). Every affected socket is
 * closed; the browser reconnects at once and the authentication extension
 * decides read-only or read-write from the database as it is now. With Redis
 * the message goes to every collab instance, since people on the same
 * document may be connected to different ones.
 */
export class Invalidation implements Extension {
  extensionName = "foreword-invalidation";
  #instance?: Hocuspocus;
  /** Recent invalidations, for connections authorised before one but set up after it. */
  #recent: { at: number; invalidation: TInvalidation }[] = [];
  readonly #publisher?: IORedis;
  readonly #subscriber?: IORedis;

  constructor({ redisUrl }: { redisUrl?: string } = {}) {
    if (!redisUrl) return;
    this.#publisher = new IORedis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
    this.#subscriber = new IORedis(redisUrl, { maxRetriesPerRequest: null });
  }

  async onConfigure({ instance }: onConfigurePayload): Promise<void> {
    this.#instance = instance;
    if (!this.#subscriber) return;
    await this.#subscriber.subscribe(CHANNEL);
    this.#subscriber.on("message", (_channel: string, message: string) => {
      const parsed = ZInvalidationSchema.safeParse(JSON.parse(message));
      if (parsed.success) this.apply(parsed.data);
    });
  }

  /** Closes the affected sockets here, and on every other instance when Redis connects them. */
  async invalidate(invalidation: TInvalidation): Promise<void> {
    if (this.#publisher) await this.#publisher.publish(CHANNEL, JSON.stringify(invalidation));
    else this.apply(invalidation);
  }

  /** Closes this instance's sockets that the invalidation concerns; returns how many. */
  apply(invalidation: TInvalidation): number {
    const now = Date.now();
    this.#recent = this.#recent.filter((entry) => entry.at > now - REMEMBER_MS);
    this.#recent.push({ at: now, invalidation });
    let closed = 0;
    this.#instance?.documents.forEach((document) => {
      document.connections.forEach((_clients, connection) => {
        if (concerns(invalidation, connection)) {
          close(connection);
          closed++;
        }
      });
    });
    return closed;
  }

  /**
   * A connection is authorised before its document finishes loading, and only
   * then joins it: an invalidation in between would miss it. Catch it here.
   */
  async connected({ connection }: connectedPayload): Promise<void> {
    const { authorizedAt = 0 } = connection.context as Partial<CollabContext>;
    if (
      this.#recent.some(
        ({ at, invalidation }) => at >= authorizedAt && concerns(invalidation, connection),
      )
    ) {
      close(connection);
    }
  }

  async onDestroy(): Promise<void> {
    await Promise.all([this.#publisher?.quit(), this.#subscriber?.quit()]);
  }
}

function concerns({ documents, members }: TInvalidation, connection: Connection): boolean {
  const context = connection.context as Partial<CollabContext>;
  return (
    documents.includes(connection.document.name) ||
    members.some(
      (member) => member.userId === context.userId && member.workspaceId === context.workspaceId,
    )
  );
}

function close(connection: Connection) {
  connection.webSocket.close(PERMISSIONS_CHANGED.code, PERMISSIONS_CHANGED.reason);
}
