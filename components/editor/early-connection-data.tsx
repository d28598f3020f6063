import type { TCollabTokenResponse } from "@/lib/schemas/collab-token";
import { EARLY_CONNECTION_ELEMENT_ID } from "./early-connection-id";

/**
 * The stage's first collab token in the page's HTML, where the browser can
 * read it before React hydrates (components/editor/early-connection.ts).
 * The same token reaches the editor as a prop; whichever connects first
 * uses it. `<` is escaped so the JSON cannot close the script element.
 */
export function EarlyConnectionData({ token }: { token: TCollabTokenResponse }) {
  const json = JSON.stringify(token).replace(/</g, "\\u003c");
  return (
    <script
      type="application/json"
      id={EARLY_CONNECTION_ELEMENT_ID}
      dangerouslySetInnerHTML={{ __html: json }}
    />
  );
}
