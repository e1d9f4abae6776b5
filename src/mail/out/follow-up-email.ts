import type { FollowUpEmailFacts } from '../../app/follow-up/find-follow-up-email-facts.ts';
import type { Brand } from '../../core/brand/brand.ts';
import { caseMessageSubject } from '../../core/conversation/case-message.ts';
import { followUpEmailText } from '../../core/follow-up/follow-up-message.ts';
import { EMAIL_FONT, subjectLine } from '../../core/mail/email-text.ts';
import { displayNameOf } from '../../core/message-template/template-values.ts';
import { renderRatingSnippet } from '../../core/rating/rating-snippet.ts';
import { escapeHtml } from '../../core/shared/escape-html.ts';
import { accentOf, brandHeaderRow, senderOf } from './brand-in-email.ts';
import type { Mailbox, OutgoingMessage } from './mailer.ts';

/**
 * The follow-up after a resolution: the six parts in the owner's voice (core/follow-up), then the
 * recovery rating's one-click links (the same snippet as a survey email), and the case's status page.
 * Reply-To is the case's reply address, so an answer lands on the case. Text and HTML say the same;
 * in the HTML everything is escaped — the three parts are the owner's words, the title the customer's.
 */
export function renderFollowUpEmail(
  facts: FollowUpEmailFacts,
  sender: { from: Mailbox; messageId: string },
  brand: Brand,
): OutgoingMessage {
  const { subject: base, text: body } = followUpEmailText(facts.message);
  const subject = subjectLine(caseMessageSubject(base, facts.message.caseNumber, { replying: false }));
  const snippet = facts.rating
    ? renderRatingSnippet({ question: facts.rating.question, points: facts.rating.links })
    : undefined;
  const footer = `Where your case stands, and a place to write to us: ${facts.statusPageUrl}`;
  const text = [
    body,
    ...(snippet ? ['', snippet.text] : []),
    '',
    '--',
    footer,
    'Or reply to this email.',
  ].join('\n');
  const paragraphs = body
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => escapeHtml(p).replaceAll('\n', '<br>'));
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="margin:0;padding:24px 12px;background-color:#FFFFFF;">` +
    `<table role="presentation" border="0" cellpadding="0" cellspacing="0" style="width:100%;max-width:600px;margin:0 auto;">` +
    brandHeaderRow(brand) +
    paragraphs
      .map(
        (content) =>
          `<tr><td style="padding:0 0 16px 0;font-family:${EMAIL_FONT};font-size:16px;line-height:24px;color:#1F2328;">${content}</td></tr>`,
      )
      .join('') +
    (snippet ? `<tr><td style="padding:8px 0 24px 0;">${snippet.html}</td></tr>` : '') +
    `<tr><td style="padding:16px 0 0 0;border-top:1px solid #D8DEE4;font-family:${EMAIL_FONT};font-size:14px;line-height:20px;color:#5F6B7A;">` +
    `<a href="${escapeHtml(facts.statusPageUrl)}" style="color:${accentOf(brand)};font-weight:bold;text-decoration:underline;">See your case</a>` +
    ` — and write to us there, or reply to this email.</td></tr>` +
    `</table></body></html>`;
  return {
    from: senderOf(brand, sender.from),
    to: { name: displayNameOf(facts.customerName), address: facts.toAddress },
    subject,
    text,
    html,
    headers: { 'Reply-To': facts.replyTo },
    messageId: sender.messageId,
  };
}
