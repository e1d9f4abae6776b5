/** Who changed what: one entry per state change made by a person or a machine client. */
export type AuditEntry = {
  id: number;
  actorUserId: string | undefined;
  action: string;
  subjectType: string;
  subjectId: string;
  details: Record<string, unknown>;
  at: Date;
};
