import type { CaseStatus } from '../case/case-status.ts';
import { canChangeCaseStatus } from '../case/handoff.ts';
import { isEmailAddress } from '../mail/email-address.ts';
import { cutText } from '../mail/email-text.ts';
import type { SuppressionReason } from '../mail/suppression.ts';
import { fillWrittenText, type TemplateValues } from '../message-template/message-template.ts';
import { AppError } from '../shared/app-error.ts';
import type { Role } from '../team/role.ts';
import { normalizeEmail } from '../team/user.ts';
import { MAX_MESSAGE_LENGTH } from './customer-message.ts';

/**
 * Who may write to the customer: the case's owner (one owner, one voice), or a supervisor or admin
 * stepping in — the same people who may change its status.
 */
export function canWriteToCustomer(actor: { userId: string; role: Role }, ownerId: string): boolean {
  return canChangeCaseStatus(actor, ownerId);
}

/**
 * A closed case takes no more messages from us: writing to it is almost always a mistake (the wrong
 * case, or one that should be reopened first, which is counted). A customer writing to it reopens it
 * on their own (core/conversation/customer-message.ts). A resolved case still takes messages: the resolution
 * and the follow-up are written after it is resolved.
 */
export function assertCaseTakesMessages(caseNumber: number, status: CaseStatus): void {
  if (status === 'closed')
    throw new AppError(
      'CASE_CLOSED',
      `Case ${caseNumber} is closed: reopen it first if there is more to tell the customer.`,
      { status },
    );
}

/**
 * The first customer-visible message acknowledges an open case: the time to acknowledge is the time
 * to the first real word to the customer, not to a button press.
 */
export function acknowledgesCase(status: CaseStatus): boolean {
  return status === 'open';
}

/**
 * Where a message to the customer goes: the address they last wrote to us from, when it is one we
 * know them by; else the first address we have. Undefined when no address of theirs can be mailed.
 *
 * @example recipientOf(['ann@work.test', 'ann@home.test'], 'Ann@Home.test') // 'ann@home.test'
 */
export function recipientOf(
  emails: readonly string[],
  lastWroteFrom: string | undefined,
): string | undefined {
  const usable = emails.filter(isEmailAddress);
  const from = lastWroteFrom && normalizeEmail(lastWroteFrom);
  return usable.find((email) => normalizeEmail(email) === from) ?? usable[0];
}

/**
 * Refuses a customer we cannot write to: no address at all, or one whose mail server refused it for
 * good (a bounce). An unsubscribe is no reason: it stops survey emails, and this is the answer to
 * their complaint (see decideSend's kinds in core/mail/suppression.ts).
 */
export function assertCustomerReachable(
  address: string | undefined,
  suppression: SuppressionReason | undefined,
): asserts address is string {
  if (address === undefined)
    throw new AppError(
      'CUSTOMER_UNREACHABLE',
      'This customer has no email address to write to. Add one to the customer, or reach them another way and note it.',
      { reason: 'no_address' },
    );
  if (suppression === 'bounced')
    throw new AppError(
      'CUSTOMER_UNREACHABLE',
      `Mail to ${address} bounced before: their server refuses it. Reach the customer another way, or add a working address.`,
      { reason: 'bounced' },
    );
}

/**
 * The message's text as it will be sent, trimmed, or a VALIDATION_FAILED naming `text`: empty or too
 * long. Its variables were filled before (see {@link writtenMessageText}).
 */
export function checkedMessageText(text: string): string {
  const trimmed = text.trim();
  const problem =
    trimmed.length === 0
      ? 'Write the message first.'
      : trimmed.length > MAX_MESSAGE_LENGTH
        ? `The message is ${trimmed.length} characters long; keep it to ${MAX_MESSAGE_LENGTH}.`
        : undefined;
  if (problem) throw new AppError('VALIDATION_FAILED', problem, { field: 'text' });
  return trimmed;
}

/**
 * What the owner wrote, its variables filled from the case and checked: a `{{variable}}` that is not
 * ours is refused, naming it (a typo would reach the customer as typed) — but braces in the case's
 * own text that a draft filled in (the customer's name, the title) are theirs, kept as they are.
 */
export function writtenMessageText(written: string, values: TemplateValues): string {
  const filled = fillWrittenText(written, values);
  if (filled.problem !== undefined)
    throw new AppError('VALIDATION_FAILED', filled.problem, { field: 'text' });
  return checkedMessageText(filled.text);
}

/** Subjects are cut here, leaving room for "Re: " and " [#1042]" within email-text's 150. */
const MAX_SUBJECT_BASE = 120;

/**
 * The Subject of a message to the customer: its base (the template's filled subject, or the case's
 * title), the case number so both sides can name the case, and "Re: " when it answers the customer's
 * own email, so mail clients keep one thread.
 *
 * @example caseMessageSubject('Vase arrived broken', 1042, { replying: true }) // 'Re: Vase arrived broken [#1042]'
 */
export function caseMessageSubject(base: string, caseNumber: number, options: { replying: boolean }): string {
  const tag = `[#${caseNumber}]`;
  let subject = cutText(base.trim(), MAX_SUBJECT_BASE);
  if (!subject.includes(tag)) subject = `${subject} ${tag}`.trim();
  if (options.replying && !/^re:/i.test(subject)) subject = `Re: ${subject}`;
  return subject;
}

/** Where a message to the customer is, as the timeline shows it (the outbound email's status, a bounce told apart). */
export const MESSAGE_DELIVERY_STATUSES = [
  'queued',
  'sending',
  'held',
  'sent',
  'bounced',
  'failed',
  'suppressed',
] as const;
export type MessageDeliveryStatus = (typeof MESSAGE_DELIVERY_STATUSES)[number];

export type MessageDelivery = { status: MessageDeliveryStatus; error: string | undefined };

/** The address in a `message_in`'s `from`: `ann@x.test`, `Ann <ann@x.test>`, or `{ address }`. */
export function addressIn(from: unknown): string | undefined {
  const value =
    typeof from === 'string'
      ? from
      : typeof from === 'object' &&
          from !== null &&
          typeof (from as { address?: unknown }).address === 'string'
        ? (from as { address: string }).address
        : undefined;
  if (!value) return undefined;
  return (/<([^<>]+)>\s*$/.exec(value)?.[1] ?? value).trim();
}
