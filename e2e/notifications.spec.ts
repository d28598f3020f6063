import {
  acceptInviteAsNewUser,
  expect,
  invite,
  newUser,
  signUp,
  test,
  type SignedUpUser,
} from "./fixtures";
import { linkIn, waitForMail } from "./fixtures/mail";

/** The bell's live updates arrive over the page's event stream; allow for a loaded machine. */
const LIVE_TIMEOUT = 15_000;

const bell = (page: import("@playwright/test").Page) =>
  page.getByRole("button", { name: /^Notifications/ });

test.describe("the bell", () => {
  test("shows people joining without a reload, links there and marks them read", async ({
    newPage,
  }) => {
    test.slow(); // two sign-ups through invites and an owner's page watching
    const ownerPage = await newPage();
    const owner: SignedUpUser = await signUp(ownerPage, { name: "Olivia Owner" });
    await expect(bell(ownerPage)).toHaveAccessibleName("Notifications");
    await bell(ownerPage).click();
    await expect(ownerPage.getByText("Nothing yet.")).toBeVisible();
    await ownerPage.keyboard.press("Escape");

    const ivy = newUser("Ivy Invitee");
    const link = await invite(ownerPage, ivy.email, "Reviewer");
    await expect(ownerPage.getByTestId("invite-link")).toContainText("We emailed them this link");
    // The invite arrived by email too, with the same link.
    expect(linkIn(await waitForMail(ivy.email), /https?:\/\/\S+\/invite\/\S+/)).toBe(link);
    const rex = newUser("Rex Reviewer");
    // A fresh form, so the link read next is Rex's, not Ivy's still on screen.
    await ownerPage.goto(`/w/${owner.workspaceId}`);
    const rexLink = await invite(ownerPage, rex.email, "Editor");
    await ownerPage.getByRole("link", { name: "Initiatives" }).click();

    await acceptInviteAsNewUser(await newPage(), link, ivy, owner.workspaceId);
    await expect(bell(ownerPage)).toHaveAccessibleName("Notifications, 1 unread", {
      timeout: LIVE_TIMEOUT,
    });
    await acceptInviteAsNewUser(await newPage(), rexLink, rex, owner.workspaceId);
    await expect(bell(ownerPage)).toHaveAccessibleName("Notifications, 2 unread", {
      timeout: LIVE_TIMEOUT,
    });

    await bell(ownerPage).click();
    const menu = ownerPage.getByRole("menu", { name: "Notifications" });
    const ivyJoined = menu.getByRole("menuitem", { name: /Ivy Invitee joined/ });
    await expect(ivyJoined).toContainText("Olivia Owner's workspace");
    await expect(ivyJoined).toContainText("Unread");
    await ivyJoined.click();
    await ownerPage.waitForURL(`**/w/${owner.workspaceId}/settings`);
    await expect(bell(ownerPage)).toHaveAccessibleName("Notifications, 1 unread");

    await bell(ownerPage).click();
    await ownerPage.getByRole("menuitem", { name: "Mark all read" }).click();
    // The menu stays open, showing them read; the rest of the page is inert until it closes.
    await expect(menu.getByRole("menuitem", { name: /Rex Reviewer joined/ })).not.toContainText(
      "Unread",
    );
    await ownerPage.keyboard.press("Escape");
    await expect(bell(ownerPage)).toHaveAccessibleName("Notifications");

    // Read stays read after a reload: it was stored, not only shown.
    await ownerPage.reload();
    await expect(bell(ownerPage)).toHaveAccessibleName("Notifications");
  });
});
