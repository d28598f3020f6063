import { Fragment } from "react";
import { parseBody } from "@/lib/comments/mentions";

/**
 * A comment's text as people read it: plain text (React escapes it; line
 * breaks kept), mentions as highlighted names.
 */
export function CommentBody({ body, selfId }: { body: string; selfId: string }) {
  return (
    <p className="text-sm leading-relaxed break-words whitespace-pre-wrap">
      {parseBody(body).map((segment, index) =>
        segment.kind === "text" ? (
          <Fragment key={index}>{segment.text}</Fragment>
        ) : (
          <span
            key={index}
            className={
              segment.userId === selfId
                ? "rounded bg-primary/15 px-0.5 font-medium text-primary"
                : "rounded bg-accent px-0.5 font-medium text-accent-foreground"
            }
          >
            @{segment.name}
          </span>
        ),
      )}
    </p>
  );
}
