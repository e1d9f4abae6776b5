/**
 * Something a person is to do on a case, shown on the case and its timeline: here the follow-up call
 * after a resolution (issue 12 adds a request for help). Open until done; done records the outcome.
 */
export const CASE_TASK_KINDS = ['follow_up_call'] as const;
export type CaseTaskKind = (typeof CASE_TASK_KINDS)[number];

export const CASE_TASK_STATUSES = ['open', 'done'] as const;
export type CaseTaskStatus = (typeof CASE_TASK_STATUSES)[number];

export type CaseTask = {
  id: string;
  caseId: string;
  kind: CaseTaskKind;
  assigneeUserId: string | undefined;
  what: string;
  script: string | undefined;
  dueAt: Date | undefined;
  status: CaseTaskStatus;
  outcome: string | undefined;
  completedAt: Date | undefined;
  completedBy: string | undefined;
  createdAt: Date;
};

export const TASK_OUTCOME_MAX = 5000;
