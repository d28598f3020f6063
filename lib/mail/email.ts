/** One email, composed: what server/mail/send-mail.ts sends (or logs). */
export type Email = {
  to: string;
  subject: string;
  /** The plain-text part: everything the HTML says, links written out. */
  text: string;
  /** The HTML part: built only from escaped text (lib/mail/html.ts). */
  html: string;
};

/**
 * Text for a header (a subject): one line, so a name with a line break in it
 * cannot start another header, and not absurdly long.
 */
export function headerText(value: string, max = 150): string {
  const flat = value
    .replace(/[\r\n\t\u2028\u2029]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
