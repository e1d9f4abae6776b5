import { randomUUID } from 'node:crypto';
import type { CaseEvent, NewCaseEvent } from '../../core/case/case-event.ts';
import { resolveStatusChange } from '../../core/case/case-status.ts';
import {
  acknowledgesCase,
  addressIn,
  assertCaseTakesMessages,
  assertCustomerReachable,
  canWriteToCustomer,
  checkedMessageText,
  recipientOf,
  writtenMessageText,
} from '../../core/conversation/case-message.ts';
import { unansweredSinceAfter } from '../../core/conversation/customer-message.ts';
import { suppressionKey } from '../../core/mail/suppression.ts';
import type { TemplateKind, TemplateValues } from '../../core/message-template/message-template.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { lockCaseById, updateCaseConversation, updateCaseStatus } from '../../store/case.store.ts';
import { appendCaseEvents, findLatestCustomerEmailFrom } from '../../store/case-event.store.ts';
import { findCustomerById } from '../../store/customer.store.ts';
import type { Executor } from '../../store/db.ts';
import { findSuppressions } from '../../store/email-suppression.store.ts';
import { publishLive } from '../../store/live.store.ts';
import { queueOutboundEmails } from '../../store/outbound-email.store.ts';
import { clearUpdateNudge } from '../../store/update-nudge.store.ts';
import type { AppContext } from '../context.ts';
import { refreshCaseClocks } from '../timers/refresh-case-clocks.ts';
import { caseTemplateValues, fillCaseTemplate } from './case-template.ts';

export type CaseMessageInput = {
  /** What the customer reads; `{{variables}}` in it are filled. Without it, the template's text is sent. */
  text?: string | undefined;
  /** The template it was written from: its subject heads the mail, and its text stands in for a missing `text`. */
  template?: TemplateKind | undefined;
};

/**
 * Writes to the customer from the case, in one transaction: the `message_out` event (the text as
 * sent), its outbound email (`case-message:<event id>`, composed right before sending by
 * mail/out/case-message-email.ts) and its send job; an open case becomes acknowledged, as the first
 * real word to the customer is what acknowledging means; the customer's wait for an answer ends and
 * `last_message_out_at` is now. Refused, writing nothing: someone who is not the owner, a supervisor
 * or an admin; a closed case; a customer with no address or a bounced one; an empty or overlong text,
 * or one with an unknown `{{variable}}`.
 */
export async function sendCaseMessage(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  input: CaseMessageInput,
): Promise<CaseEvent> {
  const now = ctx.now();
  return ctx.db
    .transaction()
    .execute((trx) => writeCaseMessage(ctx, trx, { by: 'person', actor }, caseId, input, now));
}

/**
 * {@link sendCaseMessage} in the caller's transaction, for a use case that writes to the customer as
 * part of something else (a promise made or renegotiated with its message): the same checks and
 * writes, committed or rolled back with the caller's.
 */
export function sendCaseMessageIn(
  ctx: AppContext,
  trx: Executor,
  actor: Actor,
  caseId: string,
  input: CaseMessageInput,
  now: Date,
): Promise<CaseEvent> {
  return writeCaseMessage(ctx, trx, { by: 'person', actor }, caseId, input, now);
}

/**
 * Who writes: a person (checked: the owner, a supervisor or an admin), or Amends itself — the
 * holding message when the update clock runs out (app/timers/on-update-due.ts), with values of its
 * own for the template (when the customer will hear from us next).
 */
export type MessageAuthor =
  | { by: 'person'; actor: Actor }
  | { by: 'amends'; values?: Partial<TemplateValues> | undefined };

/**
 * sendCaseMessage's work in the caller's transaction: every check comes before the first write, so
 * a refusal (an AppError) leaves the transaction as it was. A person's message also ends the owner's
 * "no update for …" nudge; Amends' holding message does not (the customer still waits for news).
 */
export async function writeCaseMessage(
  ctx: AppContext,
  trx: Executor,
  author: MessageAuthor,
  caseId: string,
  input: CaseMessageInput,
  now: Date,
): Promise<CaseEvent> {
  const actorUserId = author.by === 'person' ? author.actor.userId : undefined;
  const current = await lockCaseById(trx, caseId);
  if (!current) throw new AppError('NOT_FOUND', 'No case has that id.');
  if (author.by === 'person' && !canWriteToCustomer(author.actor, current.ownerId))
    throw new AppError(
      'FORBIDDEN',
      'Only the case owner, a supervisor or an admin can write to the customer.',
    );
  assertCaseTakesMessages(current.number, current.status);
  const customer = await findCustomerById(trx, current.customerId);
  if (!customer) throw new Error(`case ${current.id} points at a missing customer`);
  const to = recipientOf(customer.emails, addressIn(await findLatestCustomerEmailFrom(trx, current.id)));
  const suppression = to
    ? (await findSuppressions(trx, [suppressionKey(to)])).get(suppressionKey(to))
    : undefined;
  assertCustomerReachable(to, suppression?.reason);

  const values = {
    ...(await caseTemplateValues(ctx, trx, current, customer)),
    ...(author.by === 'amends' ? author.values : undefined),
  };
  const filled = input.template ? await fillCaseTemplate(trx, input.template, customer, values) : undefined;
  // The template's text was filled once, from the case; only what the owner wrote is read for variables.
  const text =
    input.text === undefined
      ? checkedMessageText(filled?.text ?? '')
      : writtenMessageText(input.text, values);

  const events: NewCaseEvent[] = [];
  if (acknowledgesCase(current.status)) {
    const change = resolveStatusChange(current.status, 'acknowledged', now);
    await updateCaseStatus(trx, current.id, { status: change.to, isReopen: false, ...change.stamps, now });
    events.push({
      kind: 'status_changed',
      actorUserId,
      body: 'Acknowledged by the first message to the customer.',
      data: { from: change.from, to: change.to, reopened: false, because: 'first_message_out' },
    });
    await recordAudit(trx, {
      actorUserId,
      action: 'case.status_changed',
      subjectType: 'case',
      subjectId: current.id,
      details: { from: change.from, to: change.to, because: 'the first message to the customer' },
    });
  }
  const emailId = randomUUID();
  events.push({
    kind: 'message_out',
    actorUserId,
    body: text,
    data: {
      channel: 'email',
      emailId,
      ...(filled && { template: filled.template.kind, language: filled.template.language }),
      subject: filled?.subject ?? current.title,
      to,
    },
  });
  const appended = await appendCaseEvents(trx, current.id, events, now);
  const message = appended.at(-1);
  if (!message) throw new Error('message_out was not appended');
  await queueOutboundEmails(trx, [
    {
      id: emailId,
      intentKey: `case-message:${message.id}`,
      kind: 'case-message',
      toAddress: to,
      blastId: undefined,
      ratingRequestId: undefined,
      caseId: current.id,
      caseEventId: message.id,
      createdAt: now,
    },
  ]);
  await updateCaseConversation(trx, current.id, {
    // A holding message is no answer to what the customer asked: their wait goes on.
    unansweredSince:
      author.by === 'person'
        ? unansweredSinceAfter('to_customer', current.unansweredSince, now)
        : current.unansweredSince,
    lastMessageOutAt: now,
    now,
  });
  if (author.by === 'person') await clearUpdateNudge(trx, current.id);
  await refreshCaseClocks(trx, current.id);
  await publishLive(trx, {
    type: 'case.changed',
    caseId: current.id,
    ...(actorUserId && { by: actorUserId }),
  });
  return { ...message, delivery: { status: 'queued', error: undefined } };
}
