import { requireUser } from "@/server/auth";

/** Everything under (app) needs a signed-in user; checked here on the server, not only in the proxy. */
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  await requireUser();
  return children;
}
