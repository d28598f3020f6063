/** Size limits shared by forms, server validation and tests. */
export const LIMITS = {
  nameMax: 80,
  emailMax: 254,
  passwordMin: 8,
  passwordMax: 128,
  titleMax: 140,
  /** A workspace's name: a team's name, and room for the "<name>'s workspace" made at sign-up. */
  workspaceNameMax: 100,
  customerMax: 300,
  /** The other four customer questions' answers (lib/customer-questions.ts): a short paragraph each. */
  customerAnswerMax: 1000,
  /** Longer callback URLs fall back to the default: no page of ours needs one, and proxies cut long Location headers. */
  callbackUrlMax: 2048,
  /** An image's alt text: a sentence or two describing it; longer belongs in the caption. */
  altTextMax: 500,
  /** Reviewers asked at once: a stage needs at most two approvals, a few more may read along. */
  reviewersMax: 10,
  /** A reviewer's note: what to change, in a few paragraphs at most. */
  reviewNoteMax: 4000,
  /** A comment, as read (mentions count as "@Name"). */
  commentMax: 5000,
  /** A comment as stored: the text plus its mentions' markup. */
  commentStoredMax: 10_000,
  /** People one comment may mention. */
  mentionsMax: 20,
  /** The passage a thread quotes. */
  quoteMax: 1000,
  /** Why a version was published ("For the Tuesday review"): a line. */
  publicationNoteMax: 280,
  /** A stakeholder's question or a reply to it: as long as a comment. */
  feedbackMax: 5000,
} as const;
