/**
 * The wire types, inferred from the server's presenters (which decide exactly which fields go out).
 * These are type-only imports: nothing of the server reaches the bundle, and a change to a presenter
 * fails the console's typecheck instead of surprising it at run time.
 */
import type { z } from 'zod';
import type { CaseStatus } from '../../../src/core/case/case-status.ts';
import type { Channel } from '../../../src/core/case/channel.ts';
import type { Severity } from '../../../src/core/case/severity.ts';
import type { apiTokenSchema } from '../../../src/http/presenters/api-token.presenter.ts';
import type { auditEntrySchema } from '../../../src/http/presenters/audit-entry.presenter.ts';
import type { blastSchema, lineErrorSchema } from '../../../src/http/presenters/blast.presenter.ts';
import type { brandSchema } from '../../../src/http/presenters/brand.presenter.ts';
import type { caseDetailSchema, caseListItemSchema } from '../../../src/http/presenters/case.presenter.ts';
import type { caseEventSchema } from '../../../src/http/presenters/case-event.presenter.ts';
import type { customerSchema } from '../../../src/http/presenters/customer.presenter.ts';
import type { customerStorySchema } from '../../../src/http/presenters/customer-story.presenter.ts';
import type { feedbackEntrySchema } from '../../../src/http/presenters/feedback.presenter.ts';
import type { feedbackRulesSchema } from '../../../src/http/presenters/feedback-rules.presenter.ts';
import type {
  happinessGroupSchema,
  happinessReportSchema,
} from '../../../src/http/presenters/happiness.presenter.ts';
import type {
  outboundEmailDetailSchema,
  outboundEmailSchema,
} from '../../../src/http/presenters/outbound-email.presenter.ts';
import type { surveySchema } from '../../../src/http/presenters/survey.presenter.ts';
import type { teamSchema } from '../../../src/http/presenters/team.presenter.ts';
import type { userSchema } from '../../../src/http/presenters/user.presenter.ts';

export type { CaseStatus, Channel, Severity };
export type User = z.infer<typeof userSchema>;
export type Role = User['role'];
export type Team = z.infer<typeof teamSchema>;
export type ApiToken = z.infer<typeof apiTokenSchema>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type AuditPage = { entries: AuditEntry[]; nextBeforeId: number | null };
export type CustomerStory = z.infer<typeof customerStorySchema>;
export type Customer = z.infer<typeof customerSchema>;
export type CaseDetail = z.infer<typeof caseDetailSchema>;
export type CaseListItem = z.infer<typeof caseListItemSchema>;
export type CaseEvent = z.infer<typeof caseEventSchema>;
export type FeedbackEntry = z.infer<typeof feedbackEntrySchema>;
export type FeedbackPage = { entries: FeedbackEntry[]; nextBefore: number | null };
export type FeedbackRules = z.infer<typeof feedbackRulesSchema>;
export type Brand = z.infer<typeof brandSchema>;
export type HappinessReport = z.infer<typeof happinessReportSchema>;
export type HappinessGroup = z.infer<typeof happinessGroupSchema>;
export type HappinessGrouping = HappinessReport['groupBy'];
export type Survey = z.infer<typeof surveySchema>;
export type Blast = z.infer<typeof blastSchema>;
export type BlastLineError = z.infer<typeof lineErrorSchema>;
export type BlastStarted = { blast: Blast; errors: BlastLineError[] };
export type OutboundEmail = z.infer<typeof outboundEmailSchema>;
export type OutboundEmailDetail = z.infer<typeof outboundEmailDetailSchema>;
export type OutboundEmailStatus = OutboundEmail['status'];

/** RFC 9457 problem details as the server sends them. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  instance?: string;
  errors?: { field: string; message: string }[];
};
