import "server-only";
import type { Role } from "@/lib/roles";

/**
 * Every permission in Foreword, by role: the one place that says who may do
 * what. Routes, server actions and the collab server ask `can()`; components
 * only receive its answers.
 */
export const PERMISSIONS = {
  /** See the workspace exists and its published documents. */
  "workspace.view": ["OWNER", "EDITOR", "REVIEWER", "VIEWER"],
  /** Invite, change roles, remove members. */
  "workspace.manageMembers": ["OWNER"],
  /** Change the workspace's settings: the approvals a stage needs. */
  "workspace.manageSettings": ["OWNER"],
  /** Rename the workspace. */
  "workspace.rename": ["OWNER"],
  /** Leave the workspace (the last owner cannot: see leave-workspace.ts). */
  "workspace.leave": ["OWNER", "EDITOR", "REVIEWER", "VIEWER"],
  /** See initiatives and their drafts. */
  "initiative.readDrafts": ["OWNER", "EDITOR", "REVIEWER"],
  "initiative.create": ["OWNER", "EDITOR"],
  /** Change what an initiative says about itself: its title and customer questions. */
  "initiative.edit": ["OWNER", "EDITOR"],
  /** Archive an initiative (read-only, hidden from the default list) and restore it. */
  "initiative.archive": ["OWNER", "EDITOR"],
  /** Delete an initiative and everything in it, for good. */
  "initiative.delete": ["OWNER"],
  /** Change a section's content (the stage rules must allow it too). */
  "section.edit": ["OWNER", "EDITOR"],
  /** Complete or reopen a stage, ask for its review or withdraw it (the stage rules must allow it too). */
  "section.transition": ["OWNER", "EDITOR"],
  "section.comment": ["OWNER", "EDITOR", "REVIEWER"],
  /** Be asked to review a stage, and approve it or request changes when asked. */
  "section.review": ["OWNER", "EDITOR", "REVIEWER"],
  /** Read the initiative's publications and the feedback on them: every member, viewers included. */
  "publication.read": ["OWNER", "EDITOR", "REVIEWER", "VIEWER"],
  /** Publish a new version (the stage rules must allow it: lib/stages.ts canPublish). */
  "publication.publish": ["OWNER", "EDITOR"],
  /** Turn the secret share link on, revoke it or make a new one. */
  "publication.share": ["OWNER"],
  /** Ask a question or comment on a publication, and reply in its threads. */
  "publication.feedback": ["OWNER", "EDITOR", "REVIEWER", "VIEWER"],
  /** Mark stakeholder feedback answered, or open it again: the team. */
  "feedback.resolve": ["OWNER", "EDITOR"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** A person's standing in one workspace; null when they are not a member. */
export type Actor = { userId: string; role: Role } | null;

/** Whether `actor` may do `permission` in the workspace their role belongs to. */
export function can(actor: Actor, permission: Permission): boolean {
  if (!actor) return false;
  return (PERMISSIONS[permission] as readonly Role[]).includes(actor.role);
}

/** The roles that hold a permission, for rules the database enforces itself (a store's guard). */
export function rolesWith(permission: Permission): readonly Role[] {
  return PERMISSIONS[permission];
}
