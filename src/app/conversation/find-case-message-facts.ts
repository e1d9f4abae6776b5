import { replyAddressFor, statusPageUrl } from '../../core/case/case-links.ts';
import {
  referencesIn,
  type ThreadHeaders,
  threadHeadersFor,
} from '../../core/conversation/thread-headers.ts';
import type { OutboundEmail } from '../../core/mail/outbound-email.ts';
import { findCaseById } from '../../store/case.store.ts';
import { findCaseEventById, findThreadParent } from '../../store/case-event.store.ts';
import { findCustomerById } from '../../store/customer.store.ts';
import type { AppContext } from '../context.ts';

/** Everything a message to the customer says and how it threads, read right before it is sent. */
export type CaseMessageFacts = {
  toAddress: string;
  customerName: string;
  caseNumber: number;
  /** The template's filled subject, or the case's title, as written when the message was sent. */
  subject: string;
  /** The message as written (its `message_out` event's body). */
  text: string;
  statusPageUrl: string;
  /** The case's reply address: what the customer's "Reply" writes to. */
  replyTo: string;
  /** In-Reply-To/References to the latest message on the case before this one (theirs or ours). */
  thread: ThreadHeaders;
  /** The latest message it answers is the customer's own email. */
  answersCustomer: boolean;
};

/**
 * The facts of a case message, or undefined when its case or its `message_out` event is gone (nothing
 * to send). The text is the event's, so what the customer reads is what the timeline shows.
 */
export async function findCaseMessageFacts(
  ctx: AppContext,
  email: Pick<OutboundEmail, 'toAddress' | 'caseId' | 'caseEventId'>,
): Promise<CaseMessageFacts | undefined> {
  if (!email.caseId || email.caseEventId === undefined) return undefined;
  const [found, event] = await Promise.all([
    findCaseById(ctx.db, email.caseId),
    findCaseEventById(ctx.db, email.caseEventId),
  ]);
  if (!found || !event || event.kind !== 'message_out' || event.caseId !== found.id || !event.body)
    return undefined;
  const [customer, parent] = await Promise.all([
    findCustomerById(ctx.db, found.customerId),
    findThreadParent(ctx.db, found.id, event.id),
  ]);
  const references =
    parent?.from === 'customer'
      ? Array.isArray(parent.references)
        ? parent.references.filter((id): id is string => typeof id === 'string')
        : []
      : referencesIn(parent?.references);
  const thread = parent ? threadHeadersFor({ messageId: String(parent.messageId), references }) : undefined;
  return {
    toAddress: email.toAddress,
    customerName: customer?.name ?? '',
    caseNumber: found.number,
    subject: typeof event.data.subject === 'string' ? event.data.subject : found.title,
    text: event.body,
    statusPageUrl: statusPageUrl(ctx.publicUrl, ctx.linkSecret, found.statusKey),
    replyTo: replyAddressFor(ctx.linkSecret, ctx.replyMailbox, found.replyKey),
    thread,
    answersCustomer: parent?.from === 'customer' && thread !== undefined,
  };
}
