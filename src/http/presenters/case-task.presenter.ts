import { z } from 'zod';
import {
  CASE_TASK_KINDS,
  CASE_TASK_STATUSES,
  type CaseTask,
  type CaseTaskComment,
  type TaskWithComments,
} from '../../core/task/case-task.ts';

export const caseTaskSchema = z
  .object({
    id: z.string(),
    caseId: z.string(),
    /**
     * follow_up_call: the call after a resolution's follow-up email; help: a request to another team
     * or person, the owner staying the owner; referral: a knock-on need handed to a partner.
     */
    kind: z.enum(CASE_TASK_KINDS),
    assigneeUserId: z.string().nullable(),
    /** A team's task: anyone in it may take it. */
    assigneeTeamId: z.string().nullable(),
    /** Who asked; null for tasks Amends made itself. */
    createdBy: z.string().nullable(),
    /** What to do, in a sentence. */
    what: z.string(),
    /** For a call: what to say, step by step. */
    script: z.string().nullable(),
    /** A referral's partner and how to reach them. */
    partnerName: z.string().nullable(),
    partnerContact: z.string().nullable(),
    dueAt: z.string().nullable(),
    status: z.enum(CASE_TASK_STATUSES),
    /** How it went, once done. */
    outcome: z.string().nullable(),
    completedAt: z.string().nullable(),
    completedBy: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'CaseTask' });

export function presentCaseTask(task: CaseTask): z.infer<typeof caseTaskSchema> {
  return {
    id: task.id,
    caseId: task.caseId,
    kind: task.kind,
    assigneeUserId: task.assigneeUserId ?? null,
    assigneeTeamId: task.assigneeTeamId ?? null,
    createdBy: task.createdBy ?? null,
    what: task.what,
    script: task.script ?? null,
    partnerName: task.partnerName ?? null,
    partnerContact: task.partnerContact ?? null,
    dueAt: task.dueAt?.toISOString() ?? null,
    status: task.status,
    outcome: task.outcome ?? null,
    completedAt: task.completedAt?.toISOString() ?? null,
    completedBy: task.completedBy ?? null,
    createdAt: task.createdAt.toISOString(),
  };
}

export const caseTaskCommentSchema = z
  .object({
    id: z.string(),
    taskId: z.string(),
    authorId: z.string(),
    /** Internal, like a note: never shown to the customer. */
    body: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'CaseTaskComment' });

export function presentCaseTaskComment(comment: CaseTaskComment): z.infer<typeof caseTaskCommentSchema> {
  return {
    id: comment.id,
    taskId: comment.taskId,
    authorId: comment.authorId,
    body: comment.body,
    createdAt: comment.createdAt.toISOString(),
  };
}

/** A task with its comments, oldest first (the case page, the Tasks page). */
export const caseTaskWithCommentsSchema = caseTaskSchema
  .extend({ comments: z.array(caseTaskCommentSchema) })
  .meta({ id: 'CaseTaskWithComments' });

export function presentTaskWithComments(task: TaskWithComments): z.infer<typeof caseTaskWithCommentsSchema> {
  return { ...presentCaseTask(task), comments: task.comments.map(presentCaseTaskComment) };
}
