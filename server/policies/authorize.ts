import "server-only";
import { forbidden, notFound } from "@/server/errors";
import { can, type Actor, type Permission } from "./permissions";

export type AuthorizeOptions = {
  /** What to call the thing in a 404, for people outside the workspace ("Workspace", "Initiative"). */
  hidden: string;
  /** Why a member without the permission is refused (403). */
  refusal: string;
};

/**
 * Throws unless `actor` has `permission`: 404 for non-members, because whether
 * a workspace's things exist is private to its members, 403 for members whose
 * role does not allow it.
 */
export function authorize(
  actor: Actor,
  permission: Permission,
  { hidden, refusal }: AuthorizeOptions,
): asserts actor is NonNullable<Actor> {
  if (!actor) throw notFound(hidden);
  if (!can(actor, permission)) throw forbidden(refusal);
}
