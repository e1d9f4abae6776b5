import type { CaseEvent } from '../../core/case/case-event.ts';
import { resolveStatusChange } from '../../core/case/case-status.ts';
import {
  type MessageChannel,
  reopensOnCustomerMessage,
  unansweredSinceAfter,
} from '../../core/case/conversation.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { lockCaseById, updateCaseConversation, updateCaseStatus } from '../../store/case.store.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import type { Executor } from '../../store/db.ts';
import { publishLive } from '../../store/live.store.ts';

/**
 * The step every way a customer writes to a case shares (a reply by email, the status page's box), run
 * inside the caller's transaction: the `message_in` event, a resolved or closed case reopened
 * (counted), the wait for an answer started, and the owner alerted (live, and until they open the
 * case: it is unseen by them again, like a case just handed to them). Returns undefined when the
 * case does not exist.
 */
export async function appendCustomerMessage(
  trx: Executor,
  now: Date,
  message: {
    caseId: string;
    /** The customer's visible words (quoted history and signatures already removed). */
    body: string;
    channel: MessageChannel;
    /** More about the message, kept on the event (e.g. the inbound email's id). */
    data?: Record<string, unknown>;
  },
): Promise<CaseEvent | undefined> {
  const current = await lockCaseById(trx, message.caseId);
  if (!current) return undefined;
  if (reopensOnCustomerMessage(current.status)) {
    const change = resolveStatusChange(current.status, 'open', now);
    await updateCaseStatus(trx, current.id, { status: 'open', isReopen: true, ...change.stamps, now });
    await recordAudit(trx, {
      actorUserId: undefined,
      action: 'case.reopened',
      subjectType: 'case',
      subjectId: current.id,
      details: { from: change.from, to: change.to, because: `the customer wrote (${message.channel})` },
    });
  }
  const appended = await appendCaseEvents(
    trx,
    current.id,
    [
      ...(reopensOnCustomerMessage(current.status)
        ? [
            {
              kind: 'status_changed' as const,
              actorUserId: undefined,
              body: 'Reopened: the customer wrote again.',
              data: { from: current.status, to: 'open', reopened: true },
            },
          ]
        : []),
      {
        kind: 'message_in' as const,
        actorUserId: undefined,
        body: message.body,
        data: { channel: message.channel, ...message.data },
      },
    ],
    now,
  );
  await updateCaseConversation(trx, current.id, {
    unansweredSince: unansweredSinceAfter('from_customer', current.unansweredSince, now),
    newToOwner: true,
    now,
  });
  await publishLive(trx, { type: 'case.changed', caseId: current.id, customerWroteTo: current.ownerId });
  return appended.at(-1);
}
