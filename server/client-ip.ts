import "server-only";

/**
 * The client's address for throttling. Behind a load balancer the first
 * X-Forwarded-For entry is the client; the README says to have the balancer
 * overwrite the header so clients cannot forge it.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}
