import type { TaskMailFacts } from '../../app/tasks/find-task-mail-facts.ts';
import type { Brand } from '../../core/brand/brand.ts';
import { quotedTitle } from '../../core/case/quoted-title.ts';
import { headerText } from '../../core/mail/email-address.ts';
import { subjectLine } from '../../core/mail/email-text.ts';
import { escapeHtml } from '../../core/shared/escape-html.ts';
import type { Mailbox, OutgoingMessage } from './mailer.ts';
import { QUOTED, staffEmail, staffLink, staffParagraph } from './staff-mail-layout.ts';

type Sender = { from: Mailbox; messageId: string };

/**
 * Tells a person (or each person in a team) that a colleague asks for their help on a case. The
 * request's words and the case's title were written by people (the title maybe by a customer), so
 * they are escaped in the HTML and kept to one line in the subject. The customer is never mailed.
 */
export function renderTaskAskedEmail(facts: TaskMailFacts, sender: Sender, brand: Brand): OutgoingMessage {
  return taskEmail(
    facts,
    {
      subject: `Help asked on case ${facts.caseNumber}: ${facts.what}`,
      intro: `${headerText(facts.askerName)} asks ${facts.askedOf.startsWith('the ') ? `${facts.askedOf} (you are in it)` : 'you'} for help on case ${facts.caseNumber}, ${quotedTitle(headerText(facts.title), '“', '”')}.`,
      after: [
        facts.dueText ? `Needed by ${facts.dueText}.` : 'No due time was set.',
        `${headerText(facts.ownerName)} stays the customer’s one contact: comment on the task and complete it in Amends; do not write to the customer.`,
      ],
      link: 'Open your tasks',
    },
    sender,
    brand,
  );
}

/**
 * Nudges the one asked for help, and the case's owner, that the task ran past its due time while
 * open: once each. People's words are escaped in the HTML and kept to one line in the subject.
 */
export function renderTaskOverdueEmail(facts: TaskMailFacts, sender: Sender, brand: Brand): OutgoingMessage {
  const due = facts.dueText ? ` was due ${facts.dueText} and` : '';
  return taskEmail(
    facts,
    {
      subject: `Task overdue on case ${facts.caseNumber}: ${facts.what}`,
      intro: facts.recipientIsOwner
        ? `The help you asked of ${headerText(facts.askedOf)} on your case ${facts.caseNumber}, ${quotedTitle(headerText(facts.title), '“', '”')},${due} is not done yet.`
        : `The help ${headerText(facts.askerName)} asked of ${facts.askedOf.startsWith('the ') ? facts.askedOf : 'you'} on case ${facts.caseNumber}, ${quotedTitle(headerText(facts.title), '“', '”')},${due} is not done yet.`,
      after: [
        facts.recipientIsOwner
          ? 'Ask where it stands in a comment, and keep the customer posted: you are their one contact.'
          : `Complete it, or say in a comment when it will be done: ${headerText(facts.ownerName)} is waiting to tell the customer.`,
      ],
      link: facts.recipientIsOwner ? 'Open the case' : 'Open your tasks',
    },
    sender,
    brand,
  );
}

/** A mail about a task, in text and HTML alike: greeting, intro, the task quoted, what follows, a link. */
function taskEmail(
  facts: TaskMailFacts,
  words: { subject: string; intro: string; after: readonly string[]; link: string },
  sender: Sender,
  brand: Brand,
): OutgoingMessage {
  const greeting = `Hello ${headerText(facts.recipientName)},`;
  const text = [
    greeting,
    words.intro,
    `> ${facts.what.replace(/\r?\n/g, '\n> ')}`,
    ...words.after,
    `${words.link}: ${facts.url}`,
  ].join('\n\n');
  return staffEmail(
    {
      to: { name: facts.recipientName, address: facts.toAddress },
      subject: subjectLine(words.subject),
      text,
      paragraphs: [
        staffParagraph(escapeHtml(greeting)),
        staffParagraph(escapeHtml(words.intro)),
        staffParagraph(escapeHtml(facts.what), `${QUOTED}white-space:pre-wrap;`),
        ...words.after.map((sentence) => staffParagraph(escapeHtml(sentence))),
        staffParagraph(staffLink(facts.url, words.link, brand)),
      ],
    },
    sender,
    brand,
  );
}
