/**
 * A section's threads as the API sends them (GET /api/sections/:id/threads)
 * and the comments panel shows them. Dates are ISO strings, anchors base64.
 */

/** Someone, as a comment shows them. */
export type CommentPerson = { id: string; name: string };

export type CommentView = {
  id: string;
  author: CommentPerson;
  /** Plain text with mentions (lib/comments/mentions.ts); empty once deleted. */
  body: string;
  createdAt: string;
  /** When its author last changed it, if they did. */
  editedAt: string | null;
  /** Deleted by its author while replies followed it: shown as "Comment deleted". */
  deleted: boolean;
};

export type ThreadView = {
  id: string;
  author: CommentPerson;
  /** The passage's two ends (lib/comments/anchors.ts), base64. */
  anchorStart: string;
  anchorEnd: string;
  /** The passage as it read when the thread began. */
  quote: string;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: CommentPerson | null;
  /** One of its comments mentions the person asking. */
  mentionsMe: boolean;
  comments: CommentView[];
};

/** A workspace member who may be mentioned in a draft (they can read it). */
export type MentionableMember = { id: string; name: string; email: string };
