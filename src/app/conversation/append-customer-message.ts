import type { Case } from '../../core/case/case.ts';
import type { CaseEvent, NewCaseEvent } from '../../core/case/case-event.ts';
import { resolveStatusChange } from '../../core/case/case-status.ts';
import {
  type MessageChannel,
  reopensOnCustomerMessage,
  unansweredSinceAfter,
} from '../../core/conversation/customer-message.ts';
import { replyReopens } from '../../core/follow-up/follow-up-settings.ts';
import type { LiveMessage } from '../../core/live/live-message.ts';
import { recordAudit } from '../../store/audit.store.ts';
import {
  linkFollowingCase,
  lockCasesByIds,
  updateCaseStatus,
  updateCasesAfterCustomerMessages,
} from '../../store/case.store.ts';
import { appendEventsToCases } from '../../store/case-event.store.ts';
import type { Executor } from '../../store/db.ts';
import { publishLiveMessages } from '../../store/live.store.ts';
import { findUserById } from '../../store/user.store.ts';
import { openCaseIn } from '../cases/open-case.ts';
import { getFollowUpSettings } from '../follow-up/follow-up-settings.ts';
import { callOffFollowUp } from '../follow-up/schedule-follow-up.ts';
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
  // A reply long after a case was resolved is a new case (linked to the old one), not a reopening.
  const followedBy = new Map<string, Case>();
  const settings = await getFollowUpSettings(trx);
  for (const [index, message] of messages.entries()) {
    const addressed = cases.get(message.caseId);
    if (!addressed) continue;
    let current = addressed;
    if (
      reopensOnCustomerMessage(addressed.status) &&
      !reopened.has(addressed.id) &&
      !replyReopens(addressed.resolvedAt ?? addressed.closedAt, now, settings)
    ) {
      let opened = followedBy.get(addressed.id);
      if (!opened) {
        opened = await openFollowingCase(trx, addressed, message, now);
        followedBy.set(addressed.id, opened);
        cases.set(opened.id, opened);
        events.push(
          {
            caseId: addressed.id,
            event: {
              kind: 'case_linked',
              actorUserId: undefined,
              body: `The customer wrote again ${settings.reopenWithinDays}+ days after this case was resolved: their message opened case #${opened.number}.`,
              data: { caseId: opened.id, caseNumber: opened.number, relation: 'followed_by' },
            },
          },
          {
            caseId: opened.id,
            event: {
              kind: 'case_linked',
              actorUserId: undefined,
              body: `Follows case #${addressed.number}, resolved more than ${settings.reopenWithinDays} days before the customer wrote again.`,
              data: { caseId: addressed.id, caseNumber: addressed.number, relation: 'follows' },
            },
          },
        );
      }
      current = opened;
    }
    if (reopensOnCustomerMessage(current.status) && !reopened.has(current.id)) {
      reopened.add(current.id);
      const change = resolveStatusChange(current.status, 'open', now);
      await updateCaseStatus(trx, current.id, { status: 'open', isReopen: true, ...change.stamps, now });
      await refreshCaseClocks(trx, current.id);
      await callOffFollowUp(trx, current.id, now);
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
  const written = [...cases.values()]
    .filter((c) => messages.some((m) => m.caseId === c.id || followedBy.get(m.caseId)?.id === c.id))
    .filter((c) => !followedBy.has(c.id));
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

/**
 * The new case a late reply opens: same customer, team and severity, with the old case's owner when
 * they can still own cases (they know the story), else whoever the assignment rule picks.
 */
async function openFollowingCase(
  trx: Executor,
  old: Case,
  message: CustomerMessage,
  now: Date,
): Promise<Case> {
  const owner = await findUserById(trx, old.ownerId);
  const opened = await openCaseIn(
    trx,
    undefined,
    {
      customerId: old.customerId,
      title: `After #${old.number}: ${old.title}`.slice(0, 200),
      story: message.body,
      severity: old.severity,
      channel: message.channel === 'email' ? 'email' : 'web',
      teamId: old.teamId,
      ownerId: owner?.active ? owner.id : undefined,
    },
    now,
  );
  await linkFollowingCase(trx, opened.id, old.id);
  return opened;
}
