import type { UpdateNudgeFacts } from '../../app/timers/find-update-nudge-facts.ts';
import type { Brand } from '../../core/brand/brand.ts';
import { headerText } from '../../core/mail/email-address.ts';
import { EMAIL_FONT, subjectLine } from '../../core/mail/email-text.ts';
import { displayNameOf } from '../../core/message-template/template-values.ts';
import { escapeHtml } from '../../core/shared/escape-html.ts';
import { accentOf, brandHeaderRow, senderOf } from './brand-in-email.ts';
import type { Mailbox, OutgoingMessage } from './mailer.ts';

/**
 * Tells a case's owner that its customer has heard nothing for a whole update cadence, with the
 * update already drafted (the `update` template, filled) and a link that opens the composer on it.
 * The customer's name, the title and the draft carry text from outside: one line in the subject,
 * escaped in the HTML.
 */
export function renderUpdateNudgeEmail(
  facts: UpdateNudgeFacts,
  sender: { from: Mailbox; messageId: string },
  brand: Brand,
): OutgoingMessage {
  const customer = displayNameOf(facts.customerName) || 'the customer';
  const subject = subjectLine(`No update to ${customer} for ${facts.cadence}: case ${facts.caseNumber}`);
  const intro = `${customer} has heard nothing from us for ${facts.cadence} on case ${facts.caseNumber} (${headerText(facts.title)}). Send them an update now; here is a draft to start from.`;
  const text = [
    `Hello ${headerText(facts.ownerName)},`,
    '',
    intro,
    '',
    ...facts.draft.text.split('\n').map((line) => `> ${line}`),
    '',
    `Open the case with this draft: ${facts.caseUrl}`,
  ].join('\n');
  const paragraph = (content: string, extra = '') =>
    `<tr><td style="padding:0 0 16px 0;font-family:${EMAIL_FONT};font-size:15px;line-height:22px;color:#1F2328;${extra}">${content}</td></tr>`;
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="margin:0;padding:24px 12px;background-color:#FFFFFF;">` +
    `<table role="presentation" border="0" cellpadding="0" cellspacing="0" style="width:100%;max-width:600px;margin:0 auto;">` +
    brandHeaderRow(brand) +
    paragraph(`Hello ${escapeHtml(headerText(facts.ownerName))},`) +
    paragraph(escapeHtml(intro)) +
    paragraph(
      escapeHtml(facts.draft.text).replaceAll('\n', '<br>'),
      'border-left:3px solid #D8DEE4;padding-left:12px;',
    ) +
    paragraph(
      `<a href="${escapeHtml(facts.caseUrl)}" style="color:${accentOf(brand)};text-decoration:underline;">Open case ${facts.caseNumber} with this draft</a>`,
    ) +
    `</table></body></html>`;
  return {
    from: senderOf(brand, sender.from),
    to: { name: headerText(facts.ownerName), address: facts.toAddress },
    subject,
    text,
    html,
    headers: {},
    messageId: sender.messageId,
  };
}
