import { z } from "@/lib/schemas/zod";
import { LIMITS } from "./limits";
import { ZText } from "./text";
import { bodyText, mentionedUserIds } from "@/lib/comments/mentions";
import { ANCHOR_BYTES_MAX, decodeAnchorPosition, fromBase64 } from "@/lib/comments/anchor-bytes";

/**
 * A comment's body: plain text with mentions (`@[Name](userId)`,
 * lib/comments/mentions.ts). Its length is counted as people read it;
 * whether those mentioned may be mentioned is the server's question.
 */
export const ZCommentBody = ZText("Write a comment")
  .max(LIMITS.commentStoredMax, `Keep the comment under ${LIMITS.commentMax} characters`)
  .refine((body) => bodyText(body).trim().length > 0, "Write a comment")
  .refine(
    (body) => bodyText(body).length <= LIMITS.commentMax,
    `Keep the comment under ${LIMITS.commentMax} characters`,
  )
  .refine(
    (body) => mentionedUserIds(body).length <= LIMITS.mentionsMax,
    `Mention at most ${LIMITS.mentionsMax} people in one comment`,
  );

const ANCHOR_ERROR = "Select the passage again: its position could not be read";

/** One end of a passage: a Yjs relative position, base64-encoded. */
const ZAnchorPosition = z
  .string({ error: ANCHOR_ERROR })
  .max(Math.ceil(ANCHOR_BYTES_MAX / 3) * 4, ANCHOR_ERROR)
  .transform((text, context) => {
    const bytes = fromBase64(text);
    if (!bytes || !decodeAnchorPosition(bytes)) {
      context.addIssue({ code: "custom", message: ANCHOR_ERROR });
      return z.NEVER;
    }
    return bytes;
  });

/** A new thread on a passage, with its first comment. */
export const ZCreateThreadSchema = z.object({
  /** Before the passage's first character (lib/comments/anchors.ts). */
  anchorStart: ZAnchorPosition,
  /** After its last character. */
  anchorEnd: ZAnchorPosition,
  /** The passage's text, shown if the passage is later deleted. */
  quote: ZText("Select the passage to comment on")
    .trim()
    .min(1, "Select the passage to comment on")
    .max(LIMITS.quoteMax, `Select at most ${LIMITS.quoteMax} characters to comment on`),
  body: ZCommentBody,
});
export type TCreateThread = z.infer<typeof ZCreateThreadSchema>;

/** A reply in a thread, or a comment's new text. */
export const ZCommentBodySchema = z.object({ body: ZCommentBody });
export type TCommentBody = z.infer<typeof ZCommentBodySchema>;
