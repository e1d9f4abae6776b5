import type { Route } from '../route.ts';
import { approveAmendsRoute } from './amends/approve-amends.ts';
import { createGestureTypeRoute } from './amends/create-gesture-type.ts';
import { declineAmendsRoute } from './amends/decline-amends.ts';
import { getAmendsSettingsRoute } from './amends/get-amends-settings.ts';
import { getAmendsSpendRoute } from './amends/get-amends-spend.ts';
import { getCaseAmendsRoomRoute } from './amends/get-case-amends-room.ts';
import { listAmendsCatalogueRoute } from './amends/list-amends-catalogue.ts';
import { listCaseAmendsRoute } from './amends/list-case-amends.ts';
import { listPendingAmendsRoute } from './amends/list-pending-amends.ts';
import { recordAmendsIssuedRoute } from './amends/record-amends-issued.ts';
import { requestAmendsRoute } from './amends/request-amends.ts';
import { updateAmendsBudgetsRoute } from './amends/update-amends-budgets.ts';
import { updateAmendsLimitsRoute } from './amends/update-amends-limits.ts';
import { updateAmendsWebhookRoute } from './amends/update-amends-webhook.ts';
import { updateGestureTypeRoute } from './amends/update-gesture-type.ts';
import { uploadAmendsCodesRoute } from './amends/upload-amends-codes.ts';
import { createApiTokenRoute } from './api-tokens/create-api-token.ts';
import { listApiTokensRoute } from './api-tokens/list-api-tokens.ts';
import { revokeApiTokenRoute } from './api-tokens/revoke-api-token.ts';
import { listAuditRoute } from './audit/list-audit.ts';
import { changeOwnPasswordRoute } from './auth/change-own-password.ts';
import { getCsrfTokenRoute } from './auth/get-csrf-token.ts';
import { getMeRoute } from './auth/get-me.ts';
import { logInRoute } from './auth/log-in.ts';
import { logOutRoute } from './auth/log-out.ts';
import { requestPasswordResetRoute } from './auth/request-password-reset.ts';
import { setPasswordFromLinkRoute } from './auth/set-password-from-link.ts';
import { getBlastRoute } from './blasts/get-blast.ts';
import { listBlastsRoute } from './blasts/list-blasts.ts';
import { previewBlastRoute } from './blasts/preview-blast.ts';
import { previewBlastCsvRoute } from './blasts/preview-blast-csv.ts';
import { startBlastRoute } from './blasts/start-blast.ts';
import { startBlastCsvRoute } from './blasts/start-blast-csv.ts';
import { getBusinessHoursRoute } from './business-hours/get-business-hours.ts';
import { getTeamBusinessHoursRoute } from './business-hours/get-team-business-hours.ts';
import { resetTeamBusinessHoursRoute } from './business-hours/reset-team-business-hours.ts';
import { updateBusinessHoursRoute } from './business-hours/update-business-hours.ts';
import { updateTeamBusinessHoursRoute } from './business-hours/update-team-business-hours.ts';
import { listCasePoliciesRoute } from './case-policies/list-case-policies.ts';
import { updateCasePolicyRoute } from './case-policies/update-case-policy.ts';
import { addCaseNoteRoute } from './cases/add-case-note.ts';
import { answerKnockOnNeedRoute } from './cases/answer-knock-on-need.ts';
import { changeCaseStatusRoute } from './cases/change-case-status.ts';
import { getCaseRoute } from './cases/get-case.ts';
import { getCaseKnockOnNeedsRoute } from './cases/get-case-knock-on-needs.ts';
import { getCaseMessageDraftRoute } from './cases/get-case-message-draft.ts';
import { handOffCaseRoute } from './cases/hand-off-case.ts';
import { issueStatusLinkRoute } from './cases/issue-status-link.ts';
import { listCaseEventsRoute } from './cases/list-case-events.ts';
import { listCaseTasksRoute } from './cases/list-case-tasks.ts';
import { listCasesRoute } from './cases/list-cases.ts';
import { listUnseenCasesRoute } from './cases/list-unseen-cases.ts';
import { listUpdateNudgesRoute } from './cases/list-update-nudges.ts';
import { markCaseSeenRoute } from './cases/mark-case-seen.ts';
import { openCaseRoute } from './cases/open-case.ts';
import { recordCaseFaultRoute } from './cases/record-case-fault.ts';
import { sendCaseMessageRoute } from './cases/send-case-message.ts';
import { setCaseIssueTypeRoute } from './cases/set-case-issue-type.ts';
import { coachMessageRoute } from './coach/coach-message.ts';
import { getCustomerRoute } from './customers/get-customer.ts';
import { getCustomerStoryRoute } from './customers/get-customer-story.ts';
import { listCustomersRoute } from './customers/list-customers.ts';
import { upsertCustomerRoute } from './customers/upsert-customer.ts';
import { getHappinessRoute } from './feedback/get-happiness.ts';
import { listFeedbackRoute } from './feedback/list-feedback.ts';
import { getInboundAttachmentRoute } from './inbound-emails/get-inbound-attachment.ts';
import { getInboundEmailRoute } from './inbound-emails/get-inbound-email.ts';
import { listInboundEmailsRoute } from './inbound-emails/list-inbound-emails.ts';
import { processInboundEmailRoute } from './inbound-emails/process-inbound-email.ts';
import { createIssueTypeRoute } from './issue-types/create-issue-type.ts';
import { listIssueTypesRoute } from './issue-types/list-issue-types.ts';
import { updateIssueTypeRoute } from './issue-types/update-issue-type.ts';
import { streamLiveRoute } from './live/stream-live.ts';
import { getMessageTemplateRoute } from './message-templates/get-message-template.ts';
import { listMessageTemplatesRoute } from './message-templates/list-message-templates.ts';
import { resetMessageTemplateRoute } from './message-templates/reset-message-template.ts';
import { saveMessageTemplateRoute } from './message-templates/save-message-template.ts';
import { getOutboundEmailRoute } from './outbox/get-outbound-email.ts';
import { listOutboxRoute } from './outbox/list-outbox.ts';
import { changePromiseRoute } from './promises/change-promise.ts';
import { listCasePromisesRoute } from './promises/list-case-promises.ts';
import { makePromiseRoute } from './promises/make-promise.ts';
import { createRatingRequestRoute } from './rating-requests/create-rating-request.ts';
import { createRatingSnippetRoute } from './rating-requests/create-rating-snippet.ts';
import { getRatingRequestRoute } from './rating-requests/get-rating-request.ts';
import { getRatingSnippetRoute } from './rating-requests/get-rating-snippet.ts';
import { getPromiseReportRoute } from './reports/get-promise-report.ts';
import { reconcileFollowUpsRoute } from './reports/reconcile-follow-ups.ts';
import { getBrandRoute } from './settings/get-brand.ts';
import { getFeedbackRulesRoute } from './settings/get-feedback-rules.ts';
import { getFollowUpSettingsRoute } from './settings/get-follow-up-settings.ts';
import { updateBrandRoute } from './settings/update-brand.ts';
import { updateFeedbackRulesRoute } from './settings/update-feedback-rules.ts';
import { updateFollowUpSettingsRoute } from './settings/update-follow-up-settings.ts';
import { createSurveyRoute } from './surveys/create-survey.ts';
import { getSurveyRoute } from './surveys/get-survey.ts';
import { listSurveysRoute } from './surveys/list-surveys.ts';
import { sendSurveyTestRoute } from './surveys/send-survey-test.ts';
import { updateSurveyRoute } from './surveys/update-survey.ts';
import { getHealthRoute } from './system/get-health.ts';
import { getOpenapiRoute } from './system/get-openapi.ts';
import { askForHelpRoute } from './tasks/ask-for-help.ts';
import { commentOnTaskRoute } from './tasks/comment-on-task.ts';
import { listMyTasksRoute } from './tasks/list-my-tasks.ts';
import { recordTaskOutcomeRoute } from './tasks/record-task-outcome.ts';
import { takeTaskRoute } from './tasks/take-task.ts';
import { addTeamMemberRoute } from './teams/add-team-member.ts';
import { createTeamRoute } from './teams/create-team.ts';
import { listTeamsRoute } from './teams/list-teams.ts';
import { createPasswordResetLinkRoute } from './users/create-password-reset-link.ts';
import { createUserRoute } from './users/create-user.ts';
import { getUserRoute } from './users/get-user.ts';
import { listUsersRoute } from './users/list-users.ts';
import { mailPasswordResetLinkRoute } from './users/mail-password-reset-link.ts';
import { updateUserRoute } from './users/update-user.ts';
/** Every endpoint, in the order the OpenAPI document lists them. */
export const ROUTES: Route[] = [
  getHealthRoute,
  getOpenapiRoute,
  getCsrfTokenRoute,
  logInRoute,
  logOutRoute,
  requestPasswordResetRoute,
  setPasswordFromLinkRoute,
  getMeRoute,
  changeOwnPasswordRoute,
  listUsersRoute,
  getUserRoute,
  createUserRoute,
  updateUserRoute,
  createPasswordResetLinkRoute,
  mailPasswordResetLinkRoute,
  listTeamsRoute,
  createTeamRoute,
  addTeamMemberRoute,
  listCustomersRoute,
  getCustomerRoute,
  getCustomerStoryRoute,
  upsertCustomerRoute,
  listCasesRoute,
  listUnseenCasesRoute,
  listUpdateNudgesRoute,
  openCaseRoute,
  getCaseRoute,
  markCaseSeenRoute,
  listCaseEventsRoute,
  handOffCaseRoute,
  changeCaseStatusRoute,
  addCaseNoteRoute,
  issueStatusLinkRoute,
  getCaseMessageDraftRoute,
  sendCaseMessageRoute,
  listCaseTasksRoute,
  askForHelpRoute,
  listMyTasksRoute,
  commentOnTaskRoute,
  takeTaskRoute,
  recordTaskOutcomeRoute,
  listCasePromisesRoute,
  makePromiseRoute,
  changePromiseRoute,
  getPromiseReportRoute,
  recordCaseFaultRoute,
  coachMessageRoute,
  listSurveysRoute,
  getSurveyRoute,
  createSurveyRoute,
  updateSurveyRoute,
  sendSurveyTestRoute,
  createRatingRequestRoute,
  createRatingSnippetRoute,
  getRatingRequestRoute,
  getRatingSnippetRoute,
  listBlastsRoute,
  getBlastRoute,
  previewBlastRoute,
  previewBlastCsvRoute,
  startBlastRoute,
  startBlastCsvRoute,
  listOutboxRoute,
  getOutboundEmailRoute,
  listInboundEmailsRoute,
  getInboundEmailRoute,
  getInboundAttachmentRoute,
  processInboundEmailRoute,
  listFeedbackRoute,
  getHappinessRoute,
  getFeedbackRulesRoute,
  updateFeedbackRulesRoute,
  getFollowUpSettingsRoute,
  updateFollowUpSettingsRoute,
  reconcileFollowUpsRoute,
  getBrandRoute,
  updateBrandRoute,
  listCasePoliciesRoute,
  updateCasePolicyRoute,
  getBusinessHoursRoute,
  updateBusinessHoursRoute,
  getTeamBusinessHoursRoute,
  updateTeamBusinessHoursRoute,
  resetTeamBusinessHoursRoute,
  listMessageTemplatesRoute,
  getMessageTemplateRoute,
  saveMessageTemplateRoute,
  resetMessageTemplateRoute,
  listApiTokensRoute,
  createApiTokenRoute,
  revokeApiTokenRoute,
  listAuditRoute,
  requestAmendsRoute,
  listCaseAmendsRoute,
  getCaseAmendsRoomRoute,
  approveAmendsRoute,
  declineAmendsRoute,
  recordAmendsIssuedRoute,
  listPendingAmendsRoute,
  listAmendsCatalogueRoute,
  getAmendsSpendRoute,
  getAmendsSettingsRoute,
  createGestureTypeRoute,
  updateGestureTypeRoute,
  updateAmendsLimitsRoute,
  updateAmendsBudgetsRoute,
  updateAmendsWebhookRoute,
  uploadAmendsCodesRoute,
  listIssueTypesRoute,
  createIssueTypeRoute,
  updateIssueTypeRoute,
  getCaseKnockOnNeedsRoute,
  setCaseIssueTypeRoute,
  answerKnockOnNeedRoute,
  streamLiveRoute,
];
