/** One resolution the reconciliation lists: its case, when the follow-up was due, and how many went. */
export type FollowUpGap = {
  caseId: string;
  caseNumber: number;
  caseTitle: string;
  ownerId: string;
  resolutionId: string;
  resolutionNumber: number;
  resolvedAt: Date;
  followUpDueAt: Date;
  /** Follow-ups recorded for the resolution (rows, or recovery rating requests, or emails: the most). */
  sent: number;
};
