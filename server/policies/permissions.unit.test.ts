import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, type Permission } from "./permissions";
import { ROLES, type Role } from "@/lib/roles";

/** Who may do what, written out in full so a change to the matrix is a deliberate change here too. */
const EXPECTED: Record<Permission, Record<Role, boolean>> = {
  "workspace.view": { OWNER: true, EDITOR: true, REVIEWER: true, VIEWER: true },
  "workspace.manageMembers": { OWNER: true, EDITOR: false, REVIEWER: false, VIEWER: false },
  "workspace.manageSettings": { OWNER: true, EDITOR: false, REVIEWER: false, VIEWER: false },
  "workspace.rename": { OWNER: true, EDITOR: false, REVIEWER: false, VIEWER: false },
  "workspace.leave": { OWNER: true, EDITOR: true, REVIEWER: true, VIEWER: true },
  "initiative.readDrafts": { OWNER: true, EDITOR: true, REVIEWER: true, VIEWER: false },
  "initiative.create": { OWNER: true, EDITOR: true, REVIEWER: false, VIEWER: false },
  "initiative.edit": { OWNER: true, EDITOR: true, REVIEWER: false, VIEWER: false },
  "initiative.archive": { OWNER: true, EDITOR: true, REVIEWER: false, VIEWER: false },
  "initiative.delete": { OWNER: true, EDITOR: false, REVIEWER: false, VIEWER: false },
  "section.edit": { OWNER: true, EDITOR: true, REVIEWER: false, VIEWER: false },
  "section.transition": { OWNER: true, EDITOR: true, REVIEWER: false, VIEWER: false },
  "section.comment": { OWNER: true, EDITOR: true, REVIEWER: true, VIEWER: false },
  "section.review": { OWNER: true, EDITOR: true, REVIEWER: true, VIEWER: false },
  "publication.read": { OWNER: true, EDITOR: true, REVIEWER: true, VIEWER: true },
  "publication.publish": { OWNER: true, EDITOR: true, REVIEWER: false, VIEWER: false },
  "publication.share": { OWNER: true, EDITOR: false, REVIEWER: false, VIEWER: false },
  "publication.feedback": { OWNER: true, EDITOR: true, REVIEWER: true, VIEWER: true },
  "feedback.resolve": { OWNER: true, EDITOR: true, REVIEWER: false, VIEWER: false },
};

describe("permissions", () => {
  it("covers every permission in the table", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(PERMISSIONS).sort());
  });

  for (const permission of Object.keys(EXPECTED) as Permission[]) {
    for (const role of ROLES) {
      it(`${role} ${EXPECTED[permission][role] ? "may" : "may not"} ${permission}`, () => {
        expect(can({ userId: "u1", role }, permission)).toBe(EXPECTED[permission][role]);
      });
    }
  }

  it("refuses everything to someone outside the workspace", () => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[])
      expect(can(null, permission)).toBe(false);
  });
});
