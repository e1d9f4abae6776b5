import type { OutboundEmail } from '../../core/mail/outbound-email.ts';
import { promiseDateText } from '../../core/promise/promise-words.ts';
import { findBusinessHours } from '../../store/business-hours.store.ts';
import { findCaseById } from '../../store/case.store.ts';
import { findCaseTask } from '../../store/case-task.store.ts';
import { findTeamById } from '../../store/team.store.ts';
import { findUserById, findUserCredentials } from '../../store/user.store.ts';
import type { AppContext } from '../context.ts';

/** Everything a task-asked or task-overdue mail says, read right before it is sent. */
export type TaskMailFacts = {
  toAddress: string;
  recipientName: string;
  /** The owner is mailed about the overdue task as the one who needs it, not as the one asked. */
  recipientIsOwner: boolean;
  askerName: string;
  ownerName: string;
  /** Whom it was asked of: a person's name, or "the <team> team". */
  askedOf: string;
  what: string;
  caseNumber: number;
  title: string;
  /** The due time in words, in the business's time zone; undefined: no due time. */
  dueText: string | undefined;
  /** The Tasks page for the one asked, the case for its owner. */
  url: string;
};

/**
 * The facts of a mail about a help task, or undefined when it no longer applies: the task or its case
 * is gone, or the task is done already (nobody needs asking, or nudging, about finished work).
 */
export async function findTaskMailFacts(
  ctx: AppContext,
  email: Pick<OutboundEmail, 'toAddress' | 'taskId'>,
): Promise<TaskMailFacts | undefined> {
  const task = email.taskId ? await findCaseTask(ctx.db, email.taskId) : undefined;
  if (task?.status !== 'open') return undefined;
  const found = await findCaseById(ctx.db, task.caseId);
  if (!found) return undefined;
  const [owner, asker, assignee, team, hours, recipient] = await Promise.all([
    findUserById(ctx.db, found.ownerId),
    task.createdBy ? findUserById(ctx.db, task.createdBy) : undefined,
    task.assigneeUserId ? findUserById(ctx.db, task.assigneeUserId) : undefined,
    task.assigneeTeamId ? findTeamById(ctx.db, task.assigneeTeamId) : undefined,
    findBusinessHours(ctx.db, found.teamId),
    findUserCredentials(ctx.db, email.toAddress),
  ]);
  const recipientIsOwner = owner?.email === email.toAddress;
  return {
    toAddress: email.toAddress,
    recipientName: recipient?.user.name ?? '',
    recipientIsOwner,
    askerName: asker?.name ?? 'A colleague',
    ownerName: owner?.name ?? 'The owner',
    askedOf: assignee?.name ?? (team ? `the ${team.name} team` : 'a colleague'),
    what: task.what,
    caseNumber: found.number,
    title: found.title,
    dueText: task.dueAt && promiseDateText(task.dueAt, hours.timeZone, ctx.now()),
    url: recipientIsOwner ? `${ctx.publicUrl}/cases/${found.id}` : `${ctx.publicUrl}/tasks`,
  };
}
