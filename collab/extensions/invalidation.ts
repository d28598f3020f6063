import type {
  Connection,
  connectedPayload,
  Document,
  Extension,
  Hocuspocus,
  onConfigurePayload,
} from "@hocuspocus/server";
import { Redis as IORedis } from "ioredis";
import { z } from "@/lib/schemas/zod";
import { ZInvalidationSchema, type TInvalidation } from "@/lib/collab-invalidation";
import type { CollabContext } from "../refusal";
import { PERMISSIONS_CHANGED, revoke } from "../close-connection";

const CHANNEL = "foreword:collab:invalidate";

/** How long an invalidation is remembered for connections still being set up. */
const REMEMBER_MS = 30_000;

/**
 * freeze: rights are about to change (a stage completes, a member is
 * removed); the affected connections stop writing now. invalidate: they
 * changed; the affected connections are closed and reconnect.
 */
const ZRedisMessageSchema = z.object({
  kind: z.enum(["freeze", "invalidate"]),
  invalidation: ZInvalidationSchema,
});
type TRedisMessage = z.infer<typeof ZRedisMessageSchema>;

/**
 * When a stage is completed or reopened, or a member's role changes, the app
 * tells a collab server twice: before the change (POST /internal/freeze: the
 * affected connections become read-only and their documents are stored, so
 * edits made before the change are kept) and after it (POST
 * /internal/invalidate, and the database's own notification: the affected
 * connections are revoked and reconnect, authorised afresh). With Redis the
 * messages reach every collab instance, since people on the same document
 * may be connected to different ones.
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
    this.#subscriber.on("message", (_channel: string, message: string) => this.#receive(message));
  }

  /** A message from another instance; a malformed one is logged and ignored, never fatal. */
  #receive(message: string) {
    let parsed: ReturnType<typeof ZRedisMessageSchema.safeParse>;
    try {
      parsed = ZRedisMessageSchema.safeParse(JSON.parse(message));
    } catch {
      console.warn("[collab] ignored an invalidation message that is not JSON");
      return;
    }
    if (!parsed.success) {
      console.warn("[collab] ignored a malformed invalidation message");
      return;
    }
    if (parsed.data.kind === "freeze") this.freezeHere(parsed.data.invalidation);
    else this.apply(parsed.data.invalidation);
  }

  async #publish(message: TRedisMessage): Promise<boolean> {
    if (!this.#publisher) return false;
    try {
      await this.#publisher.publish(CHANNEL, JSON.stringify(message));
      return true;
    } catch (error) {
      console.error("[collab] could not publish an invalidation through Redis", error);
      return false;
    }
  }

  /** Revokes the affected connections here, and on every other instance when Redis connects them. */
  async invalidate(invalidation: TInvalidation): Promise<void> {
    // Here at once, whatever Redis does; the echo through Redis finds nothing left to revoke.
    this.apply(invalidation);
    await this.#publish({ kind: "invalidate", invalidation });
  }

  /**
   * Makes the affected connections read-only here and on the other
   * instances; returns this instance's documents they were writing, for the
   * caller to store before the change.
   */
  async freeze(invalidation: TInvalidation): Promise<Document[]> {
    const documents = this.freezeHere(invalidation);
    await this.#publish({ kind: "freeze", invalidation });
    return documents;
  }

  /** Makes this instance's affected connections read-only; returns their documents. */
  freezeHere(invalidation: TInvalidation): Document[] {
    const documents = new Set<Document>();
    this.#forEachAffected(invalidation, (connection) => {
      connection.readOnly = true;
      documents.add(connection.document);
    });
    return [...documents];
  }

  /** Revokes this instance's connections that the invalidation concerns; returns how many. */
  apply(invalidation: TInvalidation): number {
    const now = Date.now();
    this.#recent = this.#recent.filter((entry) => entry.at > now - REMEMBER_MS);
    this.#recent.push({ at: now, invalidation });
    let revoked = 0;
    this.#forEachAffected(invalidation, (connection) => {
      revoke(connection, PERMISSIONS_CHANGED);
      revoked++;
    });
    return revoked;
  }

  /** Every writable connection here, for when notifications may have been missed. */
  revokeAllWritable(): number {
    let revoked = 0;
    this.#instance?.documents.forEach((document) => {
      for (const connection of document.getConnections()) {
        if (connection.readOnly) continue;
        revoke(connection, PERMISSIONS_CHANGED);
        revoked++;
      }
    });
    return revoked;
  }

  #forEachAffected(invalidation: TInvalidation, act: (connection: Connection) => void) {
    this.#instance?.documents.forEach((document) => {
      // A copy: revoking removes connections from the map being walked.
      document
        .getConnections()
        .filter((connection) => concerns(invalidation, connection))
        .forEach(act);
    });
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
      revoke(connection, PERMISSIONS_CHANGED);
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
