/** Size limits shared by forms, server validation and tests. */
export const LIMITS = {
  nameMax: 80,
  emailMax: 254,
  passwordMin: 8,
  passwordMax: 128,
  titleMax: 140,
  customerMax: 300,
  workspaceNameMax: 80,
  /** Characters in a section's plain-text body (until the editor stores Yjs state). */
  bodyMax: 100_000,
} as const;
