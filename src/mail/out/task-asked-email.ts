import type { TaskMailFacts } from '../../app/tasks/find-task-mail-facts.ts';
import type { Brand } from '../../core/brand/brand.ts';
import { headerText } from '../../core/mail/email-address.ts';
import { subjectLine } from '../../core/mail/email-text.ts';
import { escapeHtml } from '../../core/shared/escape-html.ts';
import type { Mailbox, OutgoingMessage } from './mailer.ts';
import { QUOTED, staffEmail, staffLink, staffParagraph } from './staff-mail-layout.ts';

/**
 * Tells a person (or each person in a team) that a colleague asks for their help on a case. The
 * request's words and the case's title were written by people (the title maybe by a customer), so
 * they are escaped in the HTML and kept to one line in the subject. The customer is never mailed.
 */
export function renderTaskAskedEmail(
  facts: TaskMailFacts,
  sender: { from: Mailbox; messageId: string },
  brand: Brand,
): OutgoingMessage {
  const subject = subjectLine(`Help asked on case ${facts.caseNumber}: ${facts.what}`);
  const intro = `${headerText(facts.askerName)} asks ${facts.askedOf.startsWith('the ') ? `${facts.askedOf} (you are in it)` : 'you'} for help on case ${facts.caseNumber}, “${headerText(facts.title)}”.`;
  const due = facts.dueText ? `Needed by ${facts.dueText}.` : 'No due time was set.';
  const stays = `${headerText(facts.ownerName)} stays the customer’s one contact: comment on the task and complete it in Amends; do not write to the customer.`;
  const text = [
    `Hello ${headerText(facts.recipientName)},`,
    '',
    intro,
    '',
    `> ${facts.what.replace(/\r?\n/g, '\n> ')}`,
    '',
    due,
    '',
    stays,
    '',
    `Your tasks: ${facts.url}`,
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
        staffParagraph(escapeHtml(due)),
        staffParagraph(escapeHtml(stays)),
        staffParagraph(staffLink(facts.url, 'Open your tasks', brand)),
      ],
    },
    sender,
    brand,
  );
}
