import { AppError } from '../../core/shared/app-error.ts';
import type { CaseTask } from '../../core/task/case-task.ts';
import { canAskForHelp, checkHelpRequest, type HelpRequest } from '../../core/task/help-task.ts';
import type { Actor } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { lockCaseById } from '../../store/case.store.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import { insertCaseTask } from '../../store/case-task.store.ts';
import { scheduleCaseTimers } from '../../store/case-timer.store.ts';
import { publishLive } from '../../store/live.store.ts';
import { queueOutboundEmails } from '../../store/outbound-email.store.ts';
import { findTeamById, listActiveTeamMembers } from '../../store/team.store.ts';
import { findUserById } from '../../store/user.store.ts';
import type { AppContext } from '../context.ts';

/**
 * The owner (or a supervisor) asks a colleague or a team for help on a case, in one transaction: the
 * `help` task, `task_created` on the timeline, its `task_due` timer when it has a due time, a live
 * alert to whoever is asked and a mail to each (keyed by task and person). The case keeps its owner.
 * Refused, writing nothing: someone else asking, a closed case, and bad terms (checkHelpRequest), an
 * unknown or inactive person, an unknown team or one with nobody active in it.
 */
export async function askForHelp(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  input: HelpRequest,
): Promise<CaseTask> {
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const current = await lockCaseById(trx, caseId);
    if (!current) throw new AppError('NOT_FOUND', 'No case has that id.');
    if (!canAskForHelp(actor, current.ownerId))
      throw new AppError('FORBIDDEN', 'Only the case owner or a supervisor can ask for help on it.');
    const terms = checkHelpRequest(input, actor.userId, now);
    if (current.status === 'closed')
      throw new AppError('CASE_CLOSED', 'This case is closed: reopen it before asking for help on it.');
    let asked: { id: string; email: string }[];
    let teamName: string | undefined;
    if ('userId' in terms.assignee) {
      const person = await findUserById(trx, terms.assignee.userId);
      if (!person?.active)
        throw new AppError(
          'VALIDATION_FAILED',
          'Nobody active has that id: choose a colleague from the list.',
          {
            field: 'assigneeUserId',
          },
        );
      asked = [person];
    } else {
      const team = await findTeamById(trx, terms.assignee.teamId);
      if (!team)
        throw new AppError('VALIDATION_FAILED', 'No team has that id: choose a team from the list.', {
          field: 'assigneeTeamId',
        });
      teamName = team.name;
      asked = (await listActiveTeamMembers(trx, team.id)).filter((member) => member.id !== actor.userId);
      if (asked.length === 0)
        throw new AppError(
          'VALIDATION_FAILED',
          `Nobody else in ${team.name} is active to help: ask a person or another team.`,
          { field: 'assigneeTeamId' },
        );
    }
    const task = await insertCaseTask(trx, {
      caseId: current.id,
      kind: 'help',
      assigneeUserId: 'userId' in terms.assignee ? terms.assignee.userId : undefined,
      assigneeTeamId: 'teamId' in terms.assignee ? terms.assignee.teamId : undefined,
      createdBy: actor.userId,
      what: terms.what,
      script: undefined,
      dueAt: terms.dueAt,
      createdAt: now,
    });
    await appendCaseEvents(
      trx,
      current.id,
      [
        {
          kind: 'task_created',
          actorUserId: actor.userId,
          body: task.what,
          data: {
            taskId: task.id,
            kind: task.kind,
            ...(task.assigneeUserId && { assigneeUserId: task.assigneeUserId }),
            ...(task.assigneeTeamId && { assigneeTeamId: task.assigneeTeamId, assigneeTeamName: teamName }),
            ...(task.dueAt && { dueAt: task.dueAt.toISOString() }),
          },
        },
      ],
      now,
    );
    if (task.dueAt)
      await scheduleCaseTimers(trx, [
        { caseId: current.id, kind: 'task_due', subjectId: task.id, dueAt: task.dueAt },
      ]);
    await queueOutboundEmails(
      trx,
      asked.map((person) => ({
        intentKey: `task-asked:${task.id}:${person.id}`,
        kind: 'task-asked' as const,
        toAddress: person.email,
        blastId: undefined,
        ratingRequestId: undefined,
        caseId: current.id,
        taskId: task.id,
        createdAt: now,
      })),
    );
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'case_task.asked',
      subjectType: 'case',
      subjectId: current.id,
      details: { taskId: task.id, assigneeUserId: task.assigneeUserId, assigneeTeamId: task.assigneeTeamId },
    });
    await publishLive(trx, {
      type: 'case.changed',
      caseId: current.id,
      by: actor.userId,
      taskAlert: { to: asked.map((person) => person.id), taskId: task.id, state: 'asked' },
    });
    return task;
  });
}
