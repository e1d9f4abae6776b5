import type { TaskMailFacts } from '../../app/tasks/find-task-mail-facts.ts';
import type { Brand } from '../../core/brand/brand.ts';
import { headerText } from '../../core/mail/email-address.ts';
import { subjectLine } from '../../core/mail/email-text.ts';
import { escapeHtml } from '../../core/shared/escape-html.ts';
import type { Mailbox, OutgoingMessage } from './mailer.ts';
import { QUOTED, staffEmail, staffLink, staffParagraph } from './staff-mail-layout.ts';

/**
 * Nudges the one asked for help, and the case's owner, that the task ran past its due time while
 * open: once each. People's words are escaped in the HTML and kept to one line in the subject.
 */
export function renderTaskOverdueEmail(
  facts: TaskMailFacts,
  sender: { from: Mailbox; messageId: string },
  brand: Brand,
): OutgoingMessage {
  const subject = subjectLine(`Task overdue on case ${facts.caseNumber}: ${facts.what}`);
  const due = facts.dueText ? ` was due ${facts.dueText} and` : '';
  const intro = facts.recipientIsOwner
    ? `The help you asked of ${headerText(facts.askedOf)} on your case ${facts.caseNumber}, “${headerText(facts.title)}”,${due} is not done yet.`
    : `The help ${headerText(facts.askerName)} asked of ${facts.askedOf.startsWith('the ') ? facts.askedOf : 'you'} on case ${facts.caseNumber}, “${headerText(facts.title)}”,${due} is not done yet.`;
  const next = facts.recipientIsOwner
    ? 'Ask where it stands in a comment, and keep the customer posted: you are their one contact.'
    : `Complete it, or say in a comment when it will be done: ${headerText(facts.ownerName)} is waiting to tell the customer.`;
  const link = facts.recipientIsOwner ? 'Open the case' : 'Open your tasks';
  const text = [
    `Hello ${headerText(facts.recipientName)},`,
    '',
    intro,
    '',
    `> ${facts.what.replace(/\r?\n/g, '\n> ')}`,
    '',
    next,
    '',
    `${link}: ${facts.url}`,
  ].join('\n');
  return staffEmail(
    {
      to: { name: facts.recipientName, address: facts.toAddress },
      subject,
      text,
      paragraphs: [
        staffParagraph(`Hello ${escapeHtml(headerText(facts.recipientName))},`),
        staffParagraph(escapeHtml(intro)),
        staffParagraph(escapeHtml(facts.what), `${QUOTED}white-space:pre-wrap;`),
        staffParagraph(escapeHtml(next)),
        staffParagraph(staffLink(facts.url, link, brand)),
      ],
    },
    sender,
    brand,
  );
}
