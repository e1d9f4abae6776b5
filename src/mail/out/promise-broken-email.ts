import type { PromiseBrokenFacts } from '../../app/promises/find-promise-broken-facts.ts';
import type { Brand } from '../../core/brand/brand.ts';
import { headerText } from '../../core/mail/email-address.ts';
import { subjectLine } from '../../core/mail/email-text.ts';
import { escapeHtml } from '../../core/shared/escape-html.ts';
import type { Mailbox, OutgoingMessage } from './mailer.ts';
import { QUOTED, staffEmail, staffLink, staffParagraph } from './staff-mail-layout.ts';

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
  return staffEmail(
    {
      to: { name: facts.recipientName, address: facts.toAddress },
      subject,
      text,
      paragraphs: [
        staffParagraph(`Hello ${escapeHtml(headerText(facts.recipientName))},`),
        staffParagraph(escapeHtml(intro)),
        staffParagraph(escapeHtml(facts.what), QUOTED),
        staffParagraph(escapeHtml(seen)),
        staffParagraph(staffLink(facts.caseUrl, `Open case ${facts.caseNumber}`, brand)),
      ],
    },
    sender,
    brand,
  );
}
