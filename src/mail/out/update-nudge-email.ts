import type { UpdateNudgeFacts } from '../../app/timers/find-update-nudge-facts.ts';
import type { Brand } from '../../core/brand/brand.ts';
import { headerText } from '../../core/mail/email-address.ts';
import { subjectLine } from '../../core/mail/email-text.ts';
import { displayNameOf } from '../../core/message-template/template-values.ts';
import { escapeHtml } from '../../core/shared/escape-html.ts';
import type { Mailbox, OutgoingMessage } from './mailer.ts';
import { QUOTED, staffEmail, staffLink, staffParagraph } from './staff-mail-layout.ts';

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
  return staffEmail(
    {
      to: { name: facts.ownerName, address: facts.toAddress },
      subject,
      text,
      paragraphs: [
        staffParagraph(`Hello ${escapeHtml(headerText(facts.ownerName))},`),
        staffParagraph(escapeHtml(intro)),
        staffParagraph(escapeHtml(facts.draft.text).replaceAll('\n', '<br>'), QUOTED),
        staffParagraph(staffLink(facts.caseUrl, `Open case ${facts.caseNumber} with this draft`, brand)),
      ],
    },
    sender,
    brand,
  );
}
