import { isPromiseAtRisk, isPromiseOverdue, settlePromise } from '../../core/promise/promise.ts';
import { lockCaseById } from '../../store/case.store.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import { publishLive } from '../../store/live.store.ts';
import { queueOutboundEmails } from '../../store/outbound-email.store.ts';
import { findSupervisorFor, lockPromiseById, updatePromiseState } from '../../store/promise.store.ts';
import { findUserById } from '../../store/user.store.ts';
import { promiseEventData } from '../promises/record-promise.ts';
import type { TimerHandler } from './timer-handler.ts';

/**
 * 75 % of an open promise's time is gone: the timeline says so and the owner's console alerts them,
 * while there is still time to keep it (or to renegotiate it honestly).
 */
export const onPromiseAtRisk: TimerHandler = async (_ctx, trx, timer, now) => {
  if (!timer.subjectId) return;
  const current = await lockCaseById(trx, timer.caseId);
  const promise = await lockPromiseById(trx, timer.subjectId);
  if (!current || !promise || !isPromiseAtRisk(promise, now)) return;
  await appendCaseEvents(
    trx,
    current.id,
    [
      {
        kind: 'promise_at_risk',
        actorUserId: undefined,
        body: promise.what,
        data: promiseEventData(promise),
      },
    ],
    timer.dueAt,
  );
  await publishLive(trx, {
    type: 'case.changed',
    caseId: current.id,
    promiseAlert: {
      to: [current.ownerId],
      promiseId: promise.id,
      state: 'at_risk',
      caseNumber: current.number,
    },
  });
};

/**
 * An open promise's due time passed: it is broken, by itself — nobody has to admit it for the ledger
 * to be true. The owner and a supervisor are alerted live and by email (one mail each, keyed by the
 * promise and the person, so a retried timer cannot mail twice).
 */
export const onPromiseDue: TimerHandler = async (_ctx, trx, timer, now) => {
  if (!timer.subjectId) return;
  const current = await lockCaseById(trx, timer.caseId);
  const promise = await lockPromiseById(trx, timer.subjectId);
  if (!current || !promise || !isPromiseOverdue(promise, now)) return;
  const broken = settlePromise(promise, 'broken', now, undefined);
  await updatePromiseState(trx, broken);
  await appendCaseEvents(
    trx,
    current.id,
    [
      {
        kind: 'promise_broken',
        actorUserId: undefined,
        body: promise.what,
        data: { ...promiseEventData(promise), by: 'due_time' },
      },
    ],
    timer.dueAt,
  );
  const [owner, supervisor] = await Promise.all([
    findUserById(trx, current.ownerId),
    findSupervisorFor(trx, current.teamId, current.ownerId),
  ]);
  const told = [
    ...(owner?.active ? [{ id: owner.id, email: owner.email }] : []),
    ...(supervisor ? [supervisor] : []),
  ];
  await queueOutboundEmails(
    trx,
    told.map((person) => ({
      intentKey: `promise-broken:${promise.id}:${person.id}`,
      kind: 'promise-broken' as const,
      toAddress: person.email,
      blastId: undefined,
      ratingRequestId: undefined,
      caseId: current.id,
      promiseId: promise.id,
      createdAt: now,
    })),
  );
  await publishLive(trx, {
    type: 'case.changed',
    caseId: current.id,
    promiseAlert: {
      to: told.map((person) => person.id),
      promiseId: promise.id,
      state: 'broken',
      caseNumber: current.number,
    },
  });
};
