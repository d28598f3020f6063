import { ROLE_INFO, type Role } from "@/lib/roles";
import { formatDate } from "@/lib/format";
import { composeEmail } from "./compose";
import type { Email } from "./email";

export type InviteEmailOptions = {
  to: string;
  inviterName: string;
  workspaceName: string;
  role: Role;
  /** The absolute invite link. */
  url: string;
  expiresAt: Date;
};

/** "Olivia invited you to Acme on Foreword": the link, the role, when it expires. */
export function inviteEmail({
  to,
  inviterName,
  workspaceName,
  role,
  url,
  expiresAt,
}: InviteEmailOptions): Email {
  const info = ROLE_INFO[role];
  return composeEmail({
    to,
    subject: `${inviterName} invited you to ${workspaceName} on Foreword`,
    heading: `Join ${workspaceName} on Foreword`,
    blocks: [
      {
        kind: "paragraph",
        text: `${inviterName} invited you to join ${workspaceName} as ${info.label.toLowerCase()}: ${info.description.toLowerCase()}.`,
      },
      {
        kind: "paragraph",
        text: "Foreword is where the team writes an idea backwards: the press release first, then the FAQ, the user manual, the mockups, and only then the technical feasibility.",
      },
      { kind: "button", label: "Accept the invite", href: url },
      {
        kind: "paragraph",
        muted: true,
        text: `The link works once, until ${formatDate(expiresAt)}, for ${to} only.`,
      },
    ],
    footer: "If you weren't expecting this, ignore this email: nothing happens unless you accept.",
  });
}
