import { requireUser } from "@/server/auth";
import { LiveEventsProvider } from "@/components/live/live-events-provider";

/** Everything under (app) needs a signed-in user; checked here on the server, not only in the proxy. */
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return <LiveEventsProvider userId={user.id}>{children}</LiveEventsProvider>;
}
