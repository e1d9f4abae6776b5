import { AppError } from '../../core/shared/app-error.ts';
import { customerTimeZone, dueTimeText } from '../../core/time/customer-time.ts';
import { addTimeBudget } from '../../core/time/time-budget.ts';
import { findBusinessHours } from '../../store/business-hours.store.ts';
import { lockCaseById } from '../../store/case.store.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import { findCasePolicy } from '../../store/case-policy.store.ts';
import { findCustomerById } from '../../store/customer.store.ts';
import { publishLive } from '../../store/live.store.ts';
import { queueOutboundEmails } from '../../store/outbound-email.store.ts';
import { findLatestHoldingMessageAt, setUpdateNudge } from '../../store/update-nudge.store.ts';
import { findUserById } from '../../store/user.store.ts';
import { writeCaseMessage } from '../conversation/send-case-message.ts';
import type { TimerHandler } from './timer-handler.ts';

/**
 * The void timer: the customer has heard nothing for a whole cadence. In the transaction that
 * claimed the timer, so each happens once per firing however often the job runs: the timeline says
 * so; the owner's nudge goes up (live, and until a person writes to the customer — across reloads);
 * the owner gets a mail with the update drafted (mail/out/update-nudge-email.ts, keyed on the timer);
 * and, when the severity's policy asks for it, the customer gets the holding message through the
 * ordinary send path — which restarts the update clock, so the next one is a whole cadence away. A
 * holding message is never sent twice within a cadence, whatever moved the timer meanwhile.
 */
export const onUpdateDue: TimerHandler = async (ctx, trx, timer, now) => {
  const current = await lockCaseById(trx, timer.caseId);
  if (current?.status !== 'acknowledged') return;
  await appendCaseEvents(
    trx,
    current.id,
    [
      {
        kind: 'clock_breached',
        actorUserId: undefined,
        body: undefined,
        data: { clock: 'update', dueAt: timer.dueAt.toISOString() },
      },
    ],
    timer.dueAt,
  );
  await setUpdateNudge(trx, current.id, now);
  const owner = await findUserById(trx, current.ownerId);
  if (owner?.active)
    await queueOutboundEmails(trx, [
      {
        intentKey: `update-nudge:${timer.id}:${timer.dueAt.toISOString()}`,
        kind: 'update-nudge',
        toAddress: owner.email,
        blastId: undefined,
        ratingRequestId: undefined,
        caseId: current.id,
        createdAt: now,
      },
    ]);

  const policy = await findCasePolicy(trx, current.severity);
  if (policy.holdingMessage) {
    const hours = await findBusinessHours(trx, current.teamId);
    const lastHolding = await findLatestHoldingMessageAt(trx, current.id);
    const tooSoon = lastHolding && addTimeBudget(lastHolding, policy.updateEvery, hours) > now;
    const customer = await findCustomerById(trx, current.customerId);
    if (!tooSoon && customer) {
      const nextUpdate = addTimeBudget(now, policy.updateEvery, hours);
      const zone = customerTimeZone(customer.attributes, hours.timeZone).zone;
      try {
        await writeCaseMessage(
          ctx,
          trx,
          { by: 'amends', values: { 'case.nextUpdateBy': dueTimeText(nextUpdate, zone) } },
          current.id,
          { template: 'holding' },
          now,
        );
      } catch (error) {
        // Every refusal comes before the first write (no address, a bounced one): the nudge stands alone.
        if (!(error instanceof AppError)) throw error;
        await appendCaseEvents(
          trx,
          current.id,
          [
            {
              kind: 'note',
              actorUserId: undefined,
              body: `No holding message was sent: ${error.message}`,
              data: { holdingMessage: 'refused' },
            },
          ],
          now,
        );
      }
    }
  }
  await publishLive(trx, { type: 'case.changed', caseId: current.id, updateDueFor: current.ownerId });
};
