/** Workspace roles, most powerful first. Mirrors the Role enum in prisma/schema.prisma. */
export const ROLES = ["OWNER", "EDITOR", "REVIEWER", "VIEWER"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_INFO: Record<Role, { label: string; description: string }> = {
  OWNER: { label: "Owner", description: "Everything, including members and settings" },
  EDITOR: { label: "Editor", description: "Writes, completes stages, comments and reviews" },
  REVIEWER: { label: "Reviewer", description: "Reads drafts, comments and approves" },
  VIEWER: { label: "Viewer", description: "Reads published documents only" },
};
