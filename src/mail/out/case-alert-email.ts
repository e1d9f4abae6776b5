import type { CaseAlertFacts } from '../../app/cases/find-case-alert-facts.ts';
import type { Brand } from '../../core/brand/brand.ts';
import { headerText } from '../../core/mail/email-address.ts';
import { cutText, subjectLine } from '../../core/mail/email-text.ts';
import { escapeHtml } from '../../core/shared/escape-html.ts';
import type { Mailbox, OutgoingMessage } from './mailer.ts';
import { QUOTED, staffEmail, staffLink, staffParagraph } from './staff-mail-layout.ts';

/** The story is quoted up to this; the case page has all of it. */
const MAX_STORY = 600;

/**
 * Tells a case's owner that negative feedback opened a recovery case for them: who, what they said,
 * how severe, and the link to the case. The title and story come from the customer (a comment, a
 * touchpoint reference), so they are escaped in the HTML and stripped of line breaks in the subject.
 * The business's brand heads it and names the sender, as in the customers' emails.
 */
export function renderCaseAlertEmail(
  facts: CaseAlertFacts,
  sender: { from: Mailbox; messageId: string },
  brand: Brand,
): OutgoingMessage {
  const customer = headerText(facts.customerName);
  const subject = subjectLine(`[${facts.severity}] Case ${facts.caseNumber}: ${facts.title}`);
  const story = cutText(facts.story.trim(), MAX_STORY);
  const intro = `${customer} needs recovery, and the case is yours.`;
  const text = [
    `Hello ${headerText(facts.ownerName)},`,
    '',
    intro,
    '',
    `Case ${facts.caseNumber} (${facts.severity}): ${facts.title}`,
    '',
    ...story.split('\n').map((line) => `> ${line}`),
    '',
    `Open the case: ${facts.caseUrl}`,
  ].join('\n');
  return staffEmail(
    {
      to: { name: facts.ownerName, address: facts.toAddress },
      subject,
      text,
      paragraphs: [
        staffParagraph(`Hello ${escapeHtml(headerText(facts.ownerName))},`),
        staffParagraph(escapeHtml(intro)),
        staffParagraph(
          `<strong>Case ${facts.caseNumber} (${escapeHtml(facts.severity)}):</strong> ${escapeHtml(facts.title)}`,
        ),
        staffParagraph(escapeHtml(story).replaceAll('\n', '<br>'), QUOTED),
        staffParagraph(staffLink(facts.caseUrl, `Open case ${facts.caseNumber}`, brand)),
      ],
    },
    sender,
    brand,
  );
}
