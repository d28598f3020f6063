import type { Extension, onAuthenticatePayload } from "@hocuspocus/server";
import { CollabTokenError, verifyCollabToken } from "@/server/collab/collab-token";
import { getSectionAccess } from "@/server/data/section/get-section-access";
import { sectionIdOf } from "@/lib/collab-document";
import { db } from "@/server/db";
import { Refusal, type CollabContext } from "../refusal";

/**
 * Who may open a section, and whether they may change it. The token (signed
 * by the app, five minutes) says who the person is and which section; their
 * role and the stage rules are read from the database on every connection,
 * so a stale token can never grant more than the person has now. Read-only
 * connections have every document update dropped by Hocuspocus itself.
 */
export class Authentication implements Extension {
  extensionName = "foreword-authentication";

  async onAuthenticate({
    token,
    documentName,
    connectionConfig,
  }: onAuthenticatePayload): Promise<CollabContext> {
    const sectionId = sectionIdOf(documentName);
    if (!sectionId) throw new Refusal("not-found");
    let claims;
    try {
      claims = await verifyCollabToken(token);
    } catch (error) {
      if (error instanceof CollabTokenError) throw new Refusal(error.reason);
      throw error;
    }
    if (claims.sectionId !== sectionId) throw new Refusal("token-invalid");
    const authorizedAt = Date.now();
    const access = await getSectionAccess({ userId: claims.userId, sectionId });
    if (!access) throw new Refusal("not-found");
    const user = await db().user.findUnique({
      where: { id: claims.userId },
      select: { name: true },
    });
    if (!user) throw new Refusal("not-found");
    connectionConfig.readOnly = !access.writable;
    return {
      userId: claims.userId,
      userName: user.name,
      sectionId,
      workspaceId: access.workspaceId,
      writable: access.writable,
      authorizedAt,
    };
  }
}
