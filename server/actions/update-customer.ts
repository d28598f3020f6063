"use server";

import { revalidatePath } from "next/cache";
import { updateCustomer } from "@/server/data/initiative/update-customer";
import { authedAction } from "./safe-action";

/** Saves an initiative's answers to the five customer questions. */
export const updateCustomerAction = authedAction(async ({ user }, input, initiativeId: string) => {
  const answers = await updateCustomer({ userId: user.id, initiativeId, input });
  revalidatePath("/w", "layout");
  return answers;
});
