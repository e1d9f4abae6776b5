/**
 * The console shares the server's pure rules (src/core does no I/O and imports nothing but core), so
 * its buttons and hints never disagree with what the API will accept. The API still decides.
 */

export { AUDIT_ACTION_LABELS } from '../../src/core/audit/audit-actions.ts';
export { MAX_CSV_BYTES, MAX_RECIPIENTS } from '../../src/core/blast/recipient-rows.ts';
export {
  brandProblem,
  buttonContrast,
  MAX_BUSINESS_NAME,
  MAX_LOGO_URL,
  MIN_BUTTON_CONTRAST,
} from '../../src/core/brand/brand.ts';
export { CASE_STATUSES, canMoveCase, isCaseActive } from '../../src/core/case/case-status.ts';
export { canChangeCaseStatus, MIN_HANDOFF_REASON_LENGTH } from '../../src/core/case/handoff.ts';
export { SEVERITIES } from '../../src/core/case/severity.ts';
export { canIssueStatusLink } from '../../src/core/case/status-page.ts';
export {
  canWriteToCustomer,
  caseMessageSubject,
  recipientOf,
} from '../../src/core/conversation/case-message.ts';
export { MAX_MESSAGE_LENGTH } from '../../src/core/conversation/customer-message.ts';
export { OUTBOUND_EMAIL_STATUSES } from '../../src/core/mail/outbound-email.ts';
export {
  EXAMPLE_VALUES,
  fillTemplate,
  MAX_TEMPLATE_SUBJECT,
  TEMPLATE_KIND_LABELS,
  TEMPLATE_KINDS,
  templateProblems,
} from '../../src/core/message-template/message-template.ts';
export {
  atRiskAt,
  isPromiseAtRisk,
  MAX_PROMISE_WHAT,
  PROMISE_CONFIDENCES,
} from '../../src/core/promise/promise.ts';
export { firstStatedDate, promiseWhatFrom, statesDate } from '../../src/core/promise/promise-date.ts';
export { promiseDateText } from '../../src/core/promise/promise-words.ts';
export { suggestAfterChangeOfMind } from '../../src/core/rating/change-of-mind.ts';
export { readableTextOn } from '../../src/core/shared/contrast.ts';
export {
  canAskForHelp,
  canWorkOnTask,
  HELP_WHAT_MAX,
  isAskedOf,
  readTaskDue,
  TASK_COMMENT_MAX,
} from '../../src/core/task/help-task.ts';
export { hasRole, ROLES } from '../../src/core/team/role.ts';
export { MIN_PASSWORD_LENGTH } from '../../src/core/team/user.ts';
