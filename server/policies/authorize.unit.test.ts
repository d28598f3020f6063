import { describe, expect, it } from "vitest";
import { authorize } from "./authorize";
import { AppError } from "@/server/errors";

const options = { hidden: "Workspace", refusal: "Only owners can do that." };

function statusOf(fn: () => void): number | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return error instanceof AppError ? error.status : -1;
  }
}

describe("authorize", () => {
  it("hides the workspace from outsiders with a 404", () => {
    expect(statusOf(() => authorize(null, "workspace.view", options))).toBe(404);
  });
  it("refuses a member without the permission with a 403 and the reason", () => {
    expect(
      statusOf(() => authorize({ userId: "u", role: "VIEWER" }, "section.edit", options)),
    ).toBe(403);
    expect(() => authorize({ userId: "u", role: "VIEWER" }, "section.edit", options)).toThrow(
      options.refusal,
    );
  });
  it("lets a member with the permission through", () => {
    expect(
      statusOf(() => authorize({ userId: "u", role: "EDITOR" }, "section.edit", options)),
    ).toBeUndefined();
  });
});
