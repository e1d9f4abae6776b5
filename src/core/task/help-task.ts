import { canChangeCaseStatus } from '../case/handoff.ts';
import { AppError } from '../shared/app-error.ts';
import { hasRole, type Role } from '../team/role.ts';
import { durationWords } from '../time/duration-words.ts';
import type { CaseTask } from './case-task.ts';

/**
 * Help without hand-offs: the owner asks another person or team for something on a case (check the
 * warehouse, approve a part, call the courier) and stays the owner; the customer keeps one contact.
 */

/** What is asked fits in a paragraph; a longer brief belongs in a comment. */
export const HELP_WHAT_MAX = 1000;
/** A comment on a task: a question, an answer, progress. */
export const TASK_COMMENT_MAX = 5000;
/** A due time further ahead than this is a typo (a year for a month), not a plan. */
export const HELP_DUE_MAX_DAYS = 366;

export type HelpRequest = {
  what: string;
  assigneeUserId?: string | undefined;
  assigneeTeamId?: string | undefined;
  dueAt?: Date | undefined;
};

export type CheckedHelpRequest = {
  what: string;
  assignee: { userId: string } | { teamId: string };
  dueAt: Date | undefined;
};

type Person = { userId: string; role: Role };

/** Who may ask for help on a case: those who answer for it — its owner, or a supervisor and above. */
export function canAskForHelp(actor: Person, ownerId: string): boolean {
  return canChangeCaseStatus(actor, ownerId);
}

/**
 * The terms of a request for help, or a VALIDATION_FAILED naming the field: something to do, exactly
 * one of a person or a team, not oneself (a note to self is a note, not help), a due time ahead and
 * within a year.
 */
export function checkHelpRequest(input: HelpRequest, askerId: string, now: Date): CheckedHelpRequest {
  const what = input.what.trim();
  if (what.length === 0)
    throw new AppError('VALIDATION_FAILED', 'What is empty: say what you need done.', { field: 'what' });
  if (what.length > HELP_WHAT_MAX)
    throw new AppError(
      'VALIDATION_FAILED',
      `What is ${what.length} characters long; keep it to ${HELP_WHAT_MAX} and add the rest as a comment.`,
      { field: 'what' },
    );
  if (input.assigneeUserId !== undefined && input.assigneeTeamId !== undefined)
    throw new AppError('VALIDATION_FAILED', 'Ask a person or a team, not both.', { field: 'assigneeTeamId' });
  if (input.assigneeUserId === undefined && input.assigneeTeamId === undefined)
    throw new AppError('VALIDATION_FAILED', 'Say whom you ask: a person or a team.', {
      field: 'assigneeUserId',
    });
  if (input.assigneeUserId === askerId)
    throw new AppError(
      'VALIDATION_FAILED',
      'You cannot ask yourself for help; ask a colleague or a team (or write a note).',
      { field: 'assigneeUserId' },
    );
  if (input.dueAt !== undefined) {
    if (input.dueAt.getTime() <= now.getTime())
      throw new AppError('VALIDATION_FAILED', 'Due at is in the past: choose a time still ahead.', {
        field: 'dueAt',
      });
    if (input.dueAt.getTime() - now.getTime() > HELP_DUE_MAX_DAYS * 86_400_000)
      throw new AppError('VALIDATION_FAILED', 'Due at is more than a year ahead: choose a nearer time.', {
        field: 'dueAt',
      });
  }
  return {
    what,
    assignee:
      input.assigneeUserId !== undefined
        ? { userId: input.assigneeUserId }
        : { teamId: input.assigneeTeamId! },
    dueAt: input.dueAt,
  };
}

/** The person asked, and the teams they belong to (a team's task is anyone's in it). */
type Worker = Person & { teamIds: readonly string[] };

/** True when the task was asked of this person, or of a team they are in. */
export function isAskedOf(
  task: Pick<CaseTask, 'assigneeUserId' | 'assigneeTeamId'>,
  worker: Worker,
): boolean {
  return (
    task.assigneeUserId === worker.userId ||
    (task.assigneeTeamId !== undefined && worker.teamIds.includes(task.assigneeTeamId))
  );
}

/**
 * Who may comment on a task and complete it: the person asked, anyone in the team asked, the case's
 * owner (it is still their case) and a supervisor or above.
 */
export function canWorkOnTask(
  task: Pick<CaseTask, 'assigneeUserId' | 'assigneeTeamId'>,
  worker: Worker,
  ownerId: string,
): boolean {
  return isAskedOf(task, worker) || worker.userId === ownerId || hasRole(worker.role, 'supervisor');
}

/**
 * Taking a team's task ("I'll take it"): someone in the team asked, while it is open. Taking one
 * already taken by someone else takes it over (people in a team settle that among themselves);
 * taking one's own again is refused as a double click would be.
 */
export function assertCanTakeTask(
  task: Pick<CaseTask, 'assigneeUserId' | 'assigneeTeamId' | 'status'>,
  worker: Worker,
): void {
  if (task.assigneeTeamId === undefined || !worker.teamIds.includes(task.assigneeTeamId))
    throw new AppError('FORBIDDEN', 'Only someone in the team this task was asked of can take it.');
  if (task.status !== 'open') throw new AppError('CONFLICT', 'This task is done already.');
  if (task.assigneeUserId === worker.userId)
    throw new AppError('CONFLICT', 'You have taken this task already.');
}

/**
 * The people a task concerns besides `actor`: whoever it is for (the person, or everyone in the team
 * while nobody took it), the case's owner and who asked — each once.
 */
export function taskAudience(
  task: Pick<CaseTask, 'assigneeUserId' | 'createdBy'>,
  teamMemberIds: readonly string[],
  ownerId: string,
  actorId: string | undefined,
): string[] {
  const assigned = task.assigneeUserId !== undefined ? [task.assigneeUserId] : teamMemberIds;
  const everyone = [...assigned, ownerId, ...(task.createdBy ? [task.createdBy] : [])];
  return [...new Set(everyone)].filter((id) => id !== actorId);
}

/** A task's due time as the Tasks page and the case say it, ticking with `now`. */
export type TaskDueReading = { text: string; overdue: boolean };

/**
 * @example readTaskDue(new Date('2026-12-07T13:00:00Z'), new Date('2026-12-07T10:00:00Z'))
 * // { text: 'due in 3 h', overdue: false }
 * @example readTaskDue(new Date('2026-12-07T10:00:00Z'), new Date('2026-12-07T10:30:00Z'))
 * // { text: 'overdue by 30 min', overdue: true }
 */
export function readTaskDue(dueAt: Date, now: Date): TaskDueReading {
  const left = dueAt.getTime() - now.getTime();
  const words = durationWords(Math.abs(left) / 60_000);
  return left <= 0
    ? { text: `overdue by ${words}`, overdue: true }
    : { text: `due in ${words}`, overdue: false };
}
