/**
 * Something a person is to do on a case, shown on the case and its timeline. Three kinds: the
 * follow-up call after a resolution; a request for help from another team or person, while the
 * owner stays the customer's one contact; a referral of a knock-on need to a partner. Open until
 * done; done records the outcome.
 */
export const CASE_TASK_KINDS = ['follow_up_call', 'help', 'referral'] as const;
export type CaseTaskKind = (typeof CASE_TASK_KINDS)[number];

export const CASE_TASK_STATUSES = ['open', 'done'] as const;
export type CaseTaskStatus = (typeof CASE_TASK_STATUSES)[number];

export type CaseTask = {
  id: string;
  caseId: string;
  kind: CaseTaskKind;
  /** The person it is for; undefined: a team's task nobody has taken, or nobody's yet. */
  assigneeUserId: string | undefined;
  /** The team it is for (a help task); anyone in it may take it. */
  assigneeTeamId: string | undefined;
  /** Who asked; undefined for tasks Amends made itself (the follow-up call). */
  createdBy: string | undefined;
  what: string;
  script: string | undefined;
  /** A referral's partner and how to reach them. */
  partnerName: string | undefined;
  partnerContact: string | undefined;
  dueAt: Date | undefined;
  status: CaseTaskStatus;
  outcome: string | undefined;
  completedAt: Date | undefined;
  completedBy: string | undefined;
  createdAt: Date;
};

/** A comment on a task: a question, an answer, progress. Internal, never shown to the customer. */
export type CaseTaskComment = {
  id: string;
  taskId: string;
  authorId: string;
  body: string;
  createdAt: Date;
};

export const TASK_OUTCOME_MAX = 5000;

/** A task with its comments, oldest first: what the case page and the Tasks page show. */
export type TaskWithComments = CaseTask & { comments: CaseTaskComment[] };
