import type { CaseMessageFacts } from '../../app/conversation/find-case-message-facts.ts';
import type { Brand } from '../../core/brand/brand.ts';
import { caseMessageSubject } from '../../core/conversation/case-message.ts';
import { headerText } from '../../core/mail/email-address.ts';
import { EMAIL_FONT, subjectLine } from '../../core/mail/email-text.ts';
import { displayNameOf } from '../../core/message-template/template-values.ts';
import { escapeHtml } from '../../core/shared/escape-html.ts';
import { accentOf, brandHeaderRow, senderOf } from './brand-in-email.ts';
import type { Mailbox, OutgoingMessage } from './mailer.ts';

/**
 * A message from the case's owner to the customer: their words as written (text part as is; HTML part
 * escaped, paragraphs kept), under the business's brand, and a footer with the customer's private
 * status page — in every message, so the customer can always see where things stand and write back.
 * It threads: Reply-To is the case's reply address (their "Reply" lands on the case), In-Reply-To and
 * References name the latest message on the case, and the Message-ID is the email's own, stable
 * across retries. Customer and case text that reaches a header (their name, the case title in the
 * subject) is one line, so it cannot add a header.
 */
export function renderCaseMessageEmail(
  facts: CaseMessageFacts,
  sender: { from: Mailbox; messageId: string },
  brand: Brand,
): OutgoingMessage {
  const subject = subjectLine(
    caseMessageSubject(headerText(facts.subject), facts.caseNumber, { replying: facts.answersCustomer }),
  );
  const from = senderOf(brand, sender.from);
  const footer = `Where your case stands, and a place to write to us: ${facts.statusPageUrl}`;
  const text = [facts.text, '', '--', footer, 'Or reply to this email.'].join('\n');
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="margin:0;padding:24px 12px;background-color:#FFFFFF;">` +
    `<table role="presentation" border="0" cellpadding="0" cellspacing="0" style="width:100%;max-width:600px;margin:0 auto;">` +
    brandHeaderRow(brand) +
    paragraphsOf(facts.text, facts.statusPageUrl, brand)
      .map(
        (content) =>
          `<tr><td style="padding:0 0 16px 0;font-family:${EMAIL_FONT};font-size:16px;line-height:24px;color:#1F2328;">${content}</td></tr>`,
      )
      .join('') +
    `<tr><td style="padding:16px 0 0 0;border-top:1px solid #D8DEE4;font-family:${EMAIL_FONT};font-size:14px;line-height:20px;color:#5F6B7A;">` +
    `<a href="${escapeHtml(facts.statusPageUrl)}" style="color:${accentOf(brand)};font-weight:bold;text-decoration:underline;">See where your case stands</a>` +
    ` — and write to us there, or reply to this email.</td></tr>` +
    `</table></body></html>`;
  const headers: Record<string, string> = { 'Reply-To': facts.replyTo };
  if (facts.thread) {
    headers['In-Reply-To'] = facts.thread.inReplyTo;
    headers.References = facts.thread.references.join(' ');
  }
  return {
    from,
    to: { name: displayNameOf(facts.customerName), address: facts.toAddress },
    subject,
    text,
    html,
    headers,
    messageId: sender.messageId,
  };
}

/**
 * The text as HTML paragraphs: split at blank lines, line breaks kept, everything escaped; the status
 * page's address, where the text names it, becomes its link.
 */
function paragraphsOf(text: string, statusPageUrl: string, brand: Brand): string[] {
  const link = `<a href="${escapeHtml(statusPageUrl)}" style="color:${accentOf(brand)};text-decoration:underline;">${escapeHtml(statusPageUrl)}</a>`;
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) =>
      paragraph
        .split(statusPageUrl)
        .map((part) => escapeHtml(part).replaceAll('\n', '<br>'))
        .join(link),
    );
}
