import type { PasswordResetMailFacts } from '../../app/users/issue-password-reset-mail.ts';
import type { Brand } from '../../core/brand/brand.ts';
import { headerText } from '../../core/mail/email-address.ts';
import { EMAIL_FONT, subjectLine } from '../../core/mail/email-text.ts';
import { escapeHtml } from '../../core/shared/escape-html.ts';
import { accentOf, brandHeaderRow, senderOf } from './brand-in-email.ts';
import type { Mailbox, OutgoingMessage } from './mailer.ts';

/** The mail has no reader's time zone: the expiry is told in UTC, which no one misreads. */
const EXPIRY = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });

/**
 * A link to choose a new password, to the person it is for: who asked (an admin by name, or someone
 * on the sign-in page), until when it works, and that nothing changes if they ignore it. Names are
 * people's own text, so they are escaped in the HTML and kept to one line in headers.
 *
 * `kept` renders the copy the outbox keeps: the same mail with the link's secret left out, so nobody
 * reading the outbox can use the link.
 */
export function renderPasswordResetEmail(
  facts: PasswordResetMailFacts,
  sender: { from: Mailbox; messageId: string },
  brand: Brand,
  options: { kept: boolean } = { kept: false },
): OutgoingMessage {
  const link = options.kept ? facts.keptLink : facts.link;
  const name = headerText(facts.name);
  // The console is Amends whatever the business is called: that is what the person signs in to.
  const subject = subjectLine('Choose a new password for Amends');
  const why = facts.askedBy
    ? `${headerText(facts.askedBy)} sent you this link to choose a new password.`
    : 'Someone asked on the sign-in page for a link to choose a new password for this address. We hope it was you.';
  const until = `The link works once, until ${EXPIRY.format(facts.expiresAt)} UTC. Your current password keeps working until you use it.`;
  const ignore = 'If you did not ask for it, ignore this mail: nothing changes.';
  const text = [`Hello ${name},`, '', why, '', `Choose a new password: ${link}`, '', until, ignore].join(
    '\n',
  );
  const paragraph = (content: string) =>
    `<tr><td style="padding:0 0 16px 0;font-family:${EMAIL_FONT};font-size:15px;line-height:22px;color:#1F2328;">${content}</td></tr>`;
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="margin:0;padding:24px 12px;background-color:#FFFFFF;">` +
    `<table role="presentation" border="0" cellpadding="0" cellspacing="0" style="width:100%;max-width:600px;margin:0 auto;">` +
    brandHeaderRow(brand) +
    paragraph(`Hello ${escapeHtml(name)},`) +
    paragraph(escapeHtml(why)) +
    paragraph(
      `<a href="${escapeHtml(link)}" style="color:${accentOf(brand)};text-decoration:underline;font-weight:bold;">Choose a new password</a>`,
    ) +
    paragraph(escapeHtml(until)) +
    paragraph(escapeHtml(ignore)) +
    `</table></body></html>`;
  return {
    from: senderOf(brand, sender.from),
    to: { name, address: facts.toAddress },
    subject,
    text,
    html,
    headers: {},
    messageId: sender.messageId,
  };
}
