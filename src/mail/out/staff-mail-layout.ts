import type { Brand } from '../../core/brand/brand.ts';
import { headerText } from '../../core/mail/email-address.ts';
import { EMAIL_FONT } from '../../core/mail/email-text.ts';
import { escapeHtml } from '../../core/shared/escape-html.ts';
import { accentOf, brandHeaderRow, senderOf } from './brand-in-email.ts';
import type { Mailbox, OutgoingMessage } from './mailer.ts';

/** A quoted block (a story, a draft, a promise) in a mail to staff. */
export const QUOTED = 'border-left:3px solid #D8DEE4;padding-left:12px;';

/** One paragraph of a mail to staff; `content` is HTML the caller escaped. */
export function staffParagraph(content: string, extra = ''): string {
  return `<tr><td style="padding:0 0 16px 0;font-family:${EMAIL_FONT};font-size:15px;line-height:22px;color:#1F2328;${extra}">${content}</td></tr>`;
}

/**
 * The HTML of a mail to staff (a case alert, a broken promise, a nudge to update): the brand's header,
 * then the given paragraphs, in a table 600 px wide at most, as mail clients render reliably.
 */
export function staffMailHtml(subject: string, brand: Brand, paragraphs: readonly string[]): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="margin:0;padding:24px 12px;background-color:#FFFFFF;">` +
    `<table role="presentation" border="0" cellpadding="0" cellspacing="0" style="width:100%;max-width:600px;margin:0 auto;">` +
    brandHeaderRow(brand) +
    paragraphs.join('') +
    `</table></body></html>`
  );
}

/** A link paragraph's anchor in the brand's accent; `label` is plain text. */
export function staffLink(url: string, label: string, brand: Brand): string {
  return `<a href="${escapeHtml(url)}" style="color:${accentOf(brand)};text-decoration:underline;">${escapeHtml(label)}</a>`;
}

/**
 * A whole mail to one member of staff: from the brand's sender, to the person by name, with its
 * subject, plain text and the HTML of the given paragraphs (staffMailHtml).
 */
export function staffEmail(
  mail: {
    to: { name: string; address: string };
    subject: string;
    text: string;
    paragraphs: readonly string[];
  },
  sender: { from: Mailbox; messageId: string },
  brand: Brand,
): OutgoingMessage {
  return {
    from: senderOf(brand, sender.from),
    to: { name: headerText(mail.to.name), address: mail.to.address },
    subject: mail.subject,
    text: mail.text,
    html: staffMailHtml(mail.subject, brand, mail.paragraphs),
    headers: {},
    messageId: sender.messageId,
  };
}
