import type { CaseEvent, NewCaseEvent } from '../../core/case/case-event.ts';
import { resolveStatusChange } from '../../core/case/case-status.ts';
import {
  type MessageChannel,
  reopensOnCustomerMessage,
  unansweredSinceAfter,
} from '../../core/conversation/customer-message.ts';
import type { LiveMessage } from '../../core/live/live-message.ts';
import { recordAudit } from '../../store/audit.store.ts';
import {
  lockCasesByIds,
  updateCaseStatus,
  updateCasesAfterCustomerMessages,
} from '../../store/case.store.ts';
import { appendEventsToCases } from '../../store/case-event.store.ts';
import type { Executor } from '../../store/db.ts';
import { publishLiveMessages } from '../../store/live.store.ts';
import { refreshCaseClocks } from '../timers/refresh-case-clocks.ts';

export type CustomerMessage = {
  caseId: string;
  /** The customer's visible words (quoted history and signatures already removed). */
  body: string;
  channel: MessageChannel;
  /** More about the message, kept on the event (e.g. the inbound email's id). */
  data?: Record<string, unknown>;
};

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
  message: CustomerMessage,
): Promise<CaseEvent | undefined> {
  return (await appendCustomerMessages(trx, now, [message]))[0];
}

/**
 * appendCustomerMessage for several messages (mail threaded in a batch), in their order, with the same
 * effects as one call each but in four statements whatever their number: the cases locked together
 * (in id order), every event in one insert, every case's wait and alert in one update, every live
 * message in one notify. A case that reopens does so once, before its first message. Each message's
 * `message_in` event comes back in its place; undefined for a case that does not exist.
 */
export async function appendCustomerMessages(
  trx: Executor,
  now: Date,
  messages: readonly CustomerMessage[],
): Promise<(CaseEvent | undefined)[]> {
  if (messages.length === 0) return [];
  const cases = await lockCasesByIds(
    trx,
    messages.map((m) => m.caseId),
  );
  const events: { caseId: string; event: NewCaseEvent; of?: number }[] = [];
  const reopened = new Set<string>();
  for (const [index, message] of messages.entries()) {
    const current = cases.get(message.caseId);
    if (!current) continue;
    if (reopensOnCustomerMessage(current.status) && !reopened.has(current.id)) {
      reopened.add(current.id);
      const change = resolveStatusChange(current.status, 'open', now);
      await updateCaseStatus(trx, current.id, { status: 'open', isReopen: true, ...change.stamps, now });
      await refreshCaseClocks(trx, current.id);
      await recordAudit(trx, {
        actorUserId: undefined,
        action: 'case.reopened',
        subjectType: 'case',
        subjectId: current.id,
        details: { from: change.from, to: change.to, because: `the customer wrote (${message.channel})` },
      });
      events.push({
        caseId: current.id,
        event: {
          kind: 'status_changed',
          actorUserId: undefined,
          body: 'Reopened: the customer wrote again.',
          data: { from: current.status, to: 'open', reopened: true },
        },
      });
    }
    events.push({
      caseId: current.id,
      event: {
        kind: 'message_in',
        actorUserId: undefined,
        body: message.body,
        data: { channel: message.channel, ...message.data },
      },
      of: index,
    });
  }
  const appended = await appendEventsToCases(trx, events, now);
  const written = [...cases.values()].filter((c) => messages.some((m) => m.caseId === c.id));
  await updateCasesAfterCustomerMessages(
    trx,
    written.map((c) => ({
      id: c.id,
      unansweredSince: unansweredSinceAfter('from_customer', c.unansweredSince, now),
    })),
    now,
  );
  await publishLiveMessages(
    trx,
    written.map((c): LiveMessage => ({ type: 'case.changed', caseId: c.id, customerWroteTo: c.ownerId })),
  );
  const result: (CaseEvent | undefined)[] = messages.map(() => undefined);
  for (const [i, { of }] of events.entries()) if (of !== undefined) result[of] = appended[i];
  return result;
}
