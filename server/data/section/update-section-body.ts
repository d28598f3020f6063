import "server-only";
import { db } from "@/server/db";
import { AppError, parseInput, tooLarge } from "@/server/errors";
import { authorize } from "@/server/policies/authorize";
import { ZUpdateSectionBodySchema } from "@/lib/schemas/initiative";
import { LIMITS } from "@/lib/schemas/limits";
import { STAGE_INFO, isStageWritable, unlockHint } from "@/lib/stages";
import { loadSectionForUpdate } from "./load-section-for-update";

export type UpdateSectionBodyOptions = { userId: string; sectionId: string; input: unknown };

/** Saves a section's plain-text body, only while the stage rules let it change. */
export async function updateSectionBody({ userId, sectionId, input }: UpdateSectionBodyOptions) {
  const { body } = parseInput(ZUpdateSectionBodySchema, input);
  if (body.length > LIMITS.bodyMax) {
    throw tooLarge(
      `The text is too long: keep it under ${LIMITS.bodyMax.toLocaleString("en")} characters.`,
      "body",
    );
  }
  return db().$transaction(async (tx) => {
    const { section, states, actor } = await loadSectionForUpdate({ tx, userId, sectionId });
    authorize(actor, "section.edit", {
      hidden: "Section",
      refusal: "Your role can read this stage but not edit it.",
    });
    if (!isStageWritable(states, section.stage)) {
      const label = STAGE_INFO[section.stage].label;
      const why =
        states[section.stage] === "COMPLETE"
          ? "is complete; reopen it to edit"
          : `is locked. ${unlockHint(section.stage)}`;
      throw new AppError(403, "READ_ONLY", `${label} ${why}.`);
    }
    const updated = await tx.section.update({
      where: { id: section.id },
      data: { body },
      select: { id: true, body: true, updatedAt: true },
    });
    return updated;
  });
}
