/**
 * The HTML of Foreword's emails: a plain, single-column layout that mail
 * clients render alike. Every piece of text is escaped here, so names,
 * titles and comment excerpts written by users can never become markup.
 */

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for an HTML element's content or a quoted attribute. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** A piece of an email's body; every string in it is plain text, escaped when rendered. */
export type EmailBlock =
  | { kind: "paragraph"; text: string; muted?: boolean }
  | { kind: "button"; label: string; href: string }
  | { kind: "quote"; text: string }
  | { kind: "item"; title: string; detail?: string; quote?: string; href: string; label: string };

const FONT = "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif";

function block(part: EmailBlock): string {
  switch (part.kind) {
    case "paragraph":
      return `<p style="margin:0 0 16px;${part.muted ? "color:#6b7280;font-size:13px;" : ""}">${escapeHtml(part.text)}</p>`;
    case "button":
      return `<p style="margin:24px 0;"><a href="${escapeHtml(part.href)}" style="display:inline-block;background:#111827;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;font-weight:600;">${escapeHtml(part.label)}</a></p>`;
    case "quote":
      return `<blockquote style="margin:0 0 16px;padding:8px 12px;border-left:3px solid #d1d5db;color:#374151;">${escapeHtml(part.text)}</blockquote>`;
    case "item":
      return [
        `<div style="margin:0 0 20px;">`,
        `<p style="margin:0;font-weight:600;">${escapeHtml(part.title)}</p>`,
        part.detail
          ? `<p style="margin:2px 0 0;color:#6b7280;">${escapeHtml(part.detail)}</p>`
          : "",
        part.quote
          ? `<p style="margin:6px 0 0;padding-left:10px;border-left:3px solid #d1d5db;color:#374151;">${escapeHtml(part.quote)}</p>`
          : "",
        `<p style="margin:6px 0 0;"><a href="${escapeHtml(part.href)}" style="color:#2563eb;">${escapeHtml(part.label)}</a></p>`,
        `</div>`,
      ].join("");
  }
}

/** What an email says: a heading, its blocks, a muted footer line. */
export type EmailParts = { heading: string; blocks: readonly EmailBlock[]; footer?: string };

/** A whole HTML document for an email. */
export function renderHtml({ heading, blocks, footer }: EmailParts): string {
  return [
    `<!doctype html><html><body style="margin:0;padding:24px;background:#f9fafb;${FONT};color:#111827;font-size:15px;line-height:1.5;">`,
    `<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #e5e7eb;border-radius:8px;padding:28px;">`,
    `<h1 style="margin:0 0 20px;font-size:20px;">${escapeHtml(heading)}</h1>`,
    ...blocks.map(block),
    footer
      ? `<p style="margin:24px 0 0;color:#6b7280;font-size:12px;">${escapeHtml(footer)}</p>`
      : "",
    `</div></body></html>`,
  ].join("");
}

/** The same blocks as plain text, every link written out in full. */
export function renderText({ heading, blocks, footer }: EmailParts): string {
  const parts = blocks.map((part) => {
    switch (part.kind) {
      case "paragraph":
        return part.text;
      case "button":
        return `${part.label}: ${part.href}`;
      case "quote":
        return `> ${part.text.replace(/\n/g, "\n> ")}`;
      case "item":
        return [
          `* ${part.title}`,
          part.detail ? `  ${part.detail}` : "",
          part.quote ? `  "${part.quote}"` : "",
          `  ${part.href}`,
        ]
          .filter(Boolean)
          .join("\n");
    }
  });
  return [heading, "", ...parts.flatMap((part) => [part, ""]), footer ? `--\n${footer}` : ""]
    .join("\n")
    .trimEnd()
    .concat("\n");
}
