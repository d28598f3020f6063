import "server-only";
import { revalidatePath } from "next/cache";

/**
 * After feedback changes: the pages that show it render again, so the form
 * that posted sees its thread. By route pattern, which is what Next matches
 * reliably; the pages read per request anyway, so this costs nothing
 * elsewhere.
 */
export function revalidateFeedback() {
  revalidatePath("/p/[initiativeId]", "layout");
  revalidatePath("/w/[workspaceId]/i/[initiativeId]/feedback", "page");
}
