import { headerText, type Email } from "./email";
import { renderHtml, renderText, type EmailParts } from "./html";

/** An email from its parts: the HTML and the text say the same, every user-written string escaped. */
export function composeEmail({
  to,
  subject,
  heading,
  blocks,
  footer,
}: EmailParts & { to: string; subject: string }): Email {
  return {
    to,
    subject: headerText(subject),
    text: renderText({ heading, blocks, footer }),
    html: renderHtml({ heading, blocks, footer }),
  };
}
