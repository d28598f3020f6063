/**
 * Runs in the browser before React hydrates the page. On a stage page (which
 * renders its first collab token into the HTML), it opens the collab
 * connection now, so that it is synced by the time the editor exists
 * (components/editor/early-connection.ts). Other pages load nothing more.
 */
import { EARLY_CONNECTION_ELEMENT_ID } from "@/components/editor/early-connection-id";

function openEarlyConnection() {
  if (!document.getElementById(EARLY_CONNECTION_ELEMENT_ID)) return;
  void import("@/components/editor/early-connection")
    .then(({ startEarlyConnection }) => startEarlyConnection())
    .catch(() => {
      // The editor connects by itself once it starts: nothing is lost.
    });
}

// The token is in the page's HTML, which may still be arriving.
if (document.readyState === "loading")
  document.addEventListener("DOMContentLoaded", openEarlyConnection, { once: true });
else openEarlyConnection();
