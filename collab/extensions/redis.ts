import { Redis } from "@hocuspocus/extension-redis";

/**
 * Several collab servers serving the same documents: each update and
 * awareness change is relayed through Redis to the other instances.
 */
export function redisExtension(redisUrl: string, instanceName: string): Redis {
  const url = new URL(redisUrl);
  return new Redis({
    host: url.hostname,
    port: Number(url.port || 6379),
    identifier: instanceName,
    prefix: "foreword",
    options: {
      username: url.username || undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : undefined,
      tls: url.protocol === "rediss:" ? {} : undefined,
    },
  });
}
