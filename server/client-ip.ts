import "server-only";
import { CLIENT_ADDRESS_HEADER, isClientAddressStamped } from "@/lib/client-address";

/**
 * The client's address for throttling, as the app's HTTP server
 * (scripts/app-server.mjs) decided it from the socket and TRUSTED_PROXIES.
 * Never X-Forwarded-For itself: a client can write anything there.
 *
 * Throws when this process does not run that server (`next start` run
 * directly): there the header would be whatever the client sent, and a
 * throttle keyed on it is no throttle at all.
 */
export function clientIp(headers: Headers): string {
  const address = headers.get(CLIENT_ADDRESS_HEADER);
  if (!isClientAddressStamped() || !address) {
    throw new Error(
      `No trustworthy client address: start the app with \`npm start\` or ` +
        `\`node scripts/app-server.mjs\`, not \`next start\` (see README, "Scaling out").`,
    );
  }
  return address;
}
