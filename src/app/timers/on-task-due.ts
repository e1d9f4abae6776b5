import { lockCaseById } from '../../store/case.store.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import { lockCaseTask } from '../../store/case-task.store.ts';
import { publishLive } from '../../store/live.store.ts';
import type { TimerHandler } from './timer-handler.ts';

/**
 * An open task's due time passed: the timeline says so and the consoles of the person it is for and
 * of the case's owner alert them. A task done, moved later or gone meanwhile fires nothing.
 */
export const onTaskDue: TimerHandler = async (_ctx, trx, timer, now) => {
  if (!timer.subjectId) return;
  const current = await lockCaseById(trx, timer.caseId);
  const task = await lockCaseTask(trx, timer.subjectId);
  if (!current || !task || task.status !== 'open' || !task.dueAt || task.dueAt > now) return;
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
  const to = [...new Set([task.assigneeUserId, current.ownerId].filter((id) => id !== undefined))];
  await publishLive(trx, {
    type: 'case.changed',
    caseId: current.id,
    taskAlert: { to, taskId: task.id, state: 'overdue' },
  });
};
