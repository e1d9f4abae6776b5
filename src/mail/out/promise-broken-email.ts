import type { PromiseBrokenFacts } from '../../app/promises/find-promise-broken-facts.ts';
import type { Brand } from '../../core/brand/brand.ts';
import { headerText } from '../../core/mail/email-address.ts';
import { EMAIL_FONT, subjectLine } from '../../core/mail/email-text.ts';
import { escapeHtml } from '../../core/shared/escape-html.ts';
import { accentOf, brandHeaderRow, senderOf } from './brand-in-email.ts';
import type { Mailbox, OutgoingMessage } from './mailer.ts';

/**
 * Tells a case's owner, and a supervisor, that a promise on it broke: its due time passed while it
 * was open. The promise's words and the case's title were written by people (and the title may come
 * from a customer), so they are escaped in the HTML and kept to one line in the subject.
 */
export function renderPromiseBrokenEmail(
  facts: PromiseBrokenFacts,
  sender: { from: Mailbox; messageId: string },
  brand: Brand,
): OutgoingMessage {
  const subject = subjectLine(`Promise broken on case ${facts.caseNumber}: ${facts.title}`);
  const whose = facts.recipientIsOwner ? 'your case' : `${headerText(facts.ownerName)}’s case`;
  const intro = `A promise on ${whose} ${facts.caseNumber} was due ${facts.dueText} and was not marked kept, so it is broken now.`;
  const seen = facts.customerVisible
    ? 'The customer could see this promise. Write to them now: say what happened and when it will be done.'
    : 'The customer could not see this promise, but it may still be what they are waiting for.';
  const text = [
    `Hello ${headerText(facts.recipientName)},`,
    '',
    intro,
    '',
    `Promised (${facts.confidence === 'certain' ? 'a firm date' : 'an estimate'}): ${headerText(facts.what)}`,
    '',
    seen,
    '',
    `Open the case: ${facts.caseUrl}`,
  ].join('\n');
  const paragraph = (content: string, extra = '') =>
    `<tr><td style="padding:0 0 16px 0;font-family:${EMAIL_FONT};font-size:15px;line-height:22px;color:#1F2328;${extra}">${content}</td></tr>`;
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="margin:0;padding:24px 12px;background-color:#FFFFFF;">` +
    `<table role="presentation" border="0" cellpadding="0" cellspacing="0" style="width:100%;max-width:600px;margin:0 auto;">` +
    brandHeaderRow(brand) +
    paragraph(`Hello ${escapeHtml(headerText(facts.recipientName))},`) +
    paragraph(escapeHtml(intro)) +
    paragraph(escapeHtml(facts.what), 'border-left:3px solid #D8DEE4;padding-left:12px;') +
    paragraph(escapeHtml(seen)) +
    paragraph(
      `<a href="${escapeHtml(facts.caseUrl)}" style="color:${accentOf(brand)};text-decoration:underline;">Open case ${facts.caseNumber}</a>`,
    ) +
    `</table></body></html>`;
  return {
    from: senderOf(brand, sender.from),
    to: { name: headerText(facts.recipientName), address: facts.toAddress },
    subject,
    text,
    html,
    headers: {},
    messageId: sender.messageId,
  };
}
