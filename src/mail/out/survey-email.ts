import type { SurveyEmailFacts } from '../../app/blasts/find-survey-email-facts.ts';
import type { Brand } from '../../core/brand/brand.ts';
import { headerText } from '../../core/mail/email-address.ts';
import { EMAIL_FONT, subjectLine } from '../../core/mail/email-text.ts';
import { renderRatingSnippet } from '../../core/rating/rating-snippet.ts';
import { escapeHtml } from '../../core/shared/escape-html.ts';
import { brandHeaderRow, senderOf } from './brand-in-email.ts';
import type { Mailbox, OutgoingMessage } from './mailer.ts';

/**
 * The survey email of a blast: a greeting, the survey's question with one signed link per answer
 * (the same snippet the API hands out), and an unsubscribe footer. Text and HTML say the same; in
 * the HTML every value is escaped. Headers: RFC 2369 `List-Unsubscribe` with the https link, and
 * RFC 8058 `List-Unsubscribe-Post: List-Unsubscribe=One-Click`, so a mail client's "Unsubscribe"
 * button POSTs to that link and unsubscribes without a page. No mailto: address — nothing reads an
 * unsubscribe mailbox yet. Customer text that reaches a header (the name in To) has its line breaks
 * removed, so it cannot add a header. The business's brand heads it and names the sender.
 */
export function renderSurveyEmail(
  facts: SurveyEmailFacts,
  sender: { from: Mailbox; messageId: string },
  brand: Brand,
): OutgoingMessage {
  const snippet = renderRatingSnippet({ question: facts.question, points: facts.links });
  const name = displayName(facts.customerName, facts.toAddress);
  const greeting = name ? `Hello ${name},` : 'Hello,';
  const from = senderOf(brand, sender.from);
  const signedBy = from.name || 'us';
  const subject = subjectLine(facts.question);
  const text = [
    greeting,
    '',
    snippet.text,
    '',
    '--',
    `You received this one-question survey from ${signedBy} at ${facts.toAddress}.`,
    `To stop survey emails, unsubscribe: ${facts.unsubscribeUrl}`,
  ].join('\n');
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="margin:0;padding:24px 12px;background-color:#FFFFFF;">` +
    `<table role="presentation" border="0" cellpadding="0" cellspacing="0" style="width:100%;max-width:600px;margin:0 auto;">` +
    brandHeaderRow(brand) +
    `<tr><td style="padding:0 0 16px 0;font-family:${EMAIL_FONT};font-size:16px;line-height:22px;color:#1F2328;">` +
    `${escapeHtml(greeting)}</td></tr>` +
    `<tr><td style="padding:0 0 24px 0;">${snippet.html}</td></tr>` +
    `<tr><td style="padding:16px 0 0 0;border-top:1px solid #D8DEE4;font-family:${EMAIL_FONT};font-size:12px;line-height:18px;color:#5F6B7A;">` +
    `You received this one-question survey from ${escapeHtml(signedBy)} at ${escapeHtml(facts.toAddress)}. ` +
    `<a href="${escapeHtml(facts.unsubscribeUrl)}" style="color:#5F6B7A;text-decoration:underline;">Unsubscribe from survey emails</a>.` +
    `</td></tr></table></body></html>`;
  return {
    from,
    to: { name, address: facts.toAddress },
    subject,
    text,
    html,
    headers: {
      'List-Unsubscribe': `<${facts.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
    messageId: sender.messageId,
  };
}

/** The customer's name as a header may carry it; empty when all we know is the address itself. */
export function displayName(name: string, address: string): string {
  const clean = headerText(name);
  return clean.toLowerCase() === address.toLowerCase() || clean === 'Unknown customer' ? '' : clean;
}
