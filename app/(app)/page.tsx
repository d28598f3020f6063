import { redirect } from "next/navigation";
import { requireUser } from "@/server/auth";
import { listWorkspaces } from "@/server/data/workspace/list-workspaces";

/** Home: the first workspace the user belongs to. */
export default async function HomePage() {
  const user = await requireUser();
  const [first] = await listWorkspaces({ userId: user.id });
  if (!first) redirect("/no-workspace");
  redirect(`/w/${first.id}`);
}
