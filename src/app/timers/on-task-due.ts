import { lockCaseById } from '../../store/case.store.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import { lockCaseTask } from '../../store/case-task.store.ts';
import { publishLive } from '../../store/live.store.ts';
import { queueOutboundEmails } from '../../store/outbound-email.store.ts';
import { findUserById } from '../../store/user.store.ts';
import { peopleAsked } from '../tasks/people-asked.ts';
import type { TimerHandler } from './timer-handler.ts';

/**
 * An open task's due time passed: the timeline says so, and the person it is for (everyone in the
 * team while nobody took it) and the case's owner are alerted live and mailed, once each (keyed by
 * the task and the person, so a retried timer cannot mail twice). A task done, moved later or gone
 * meanwhile fires nothing, nor does one on a case closed meanwhile: nobody is waiting on it any more.
 * The nudge stays on the Tasks page, marked overdue, until it is done.
 */
export const onTaskDue: TimerHandler = async (_ctx, trx, timer, now) => {
  if (!timer.subjectId) return;
  const current = await lockCaseById(trx, timer.caseId);
  const task = await lockCaseTask(trx, timer.subjectId);
  if (!current || current.status === 'closed') return;
  if (task?.status !== 'open' || !task.dueAt || task.dueAt > now) return;
  await appendCaseEvents(
    trx,
    current.id,
    [
      {
        kind: 'task_overdue',
        actorUserId: undefined,
        body: task.what,
        data: { taskId: task.id, kind: task.kind, dueAt: task.dueAt.toISOString() },
      },
    ],
    timer.dueAt,
  );
  const owner = await findUserById(trx, current.ownerId);
  const told = new Map<string, string>();
  for (const person of [...(await peopleAsked(trx, task)), ...(owner?.active ? [owner] : [])])
    told.set(person.id, person.email);
  await queueOutboundEmails(
    trx,
    [...told].map(([id, email]) => ({
      intentKey: `task-overdue:${task.id}:${id}`,
      kind: 'task-overdue' as const,
      toAddress: email,
      blastId: undefined,
      ratingRequestId: undefined,
      caseId: current.id,
      taskId: task.id,
      createdAt: now,
    })),
  );
  const to = [...new Set([...told.keys(), current.ownerId])];
  await publishLive(trx, {
    type: 'case.changed',
    caseId: current.id,
    taskAlert: { to, taskId: task.id, state: 'overdue' },
  });
};
