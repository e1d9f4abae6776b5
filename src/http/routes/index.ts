import type { Route } from '../route.ts';
import { createApiToken } from './api-tokens/create-api-token.ts';
import { listApiTokens } from './api-tokens/list-api-tokens.ts';
import { revokeApiToken } from './api-tokens/revoke-api-token.ts';
import { listAudit } from './audit/list-audit.ts';
import { getCsrfToken } from './auth/get-csrf-token.ts';
import { getMe } from './auth/get-me.ts';
import { logIn } from './auth/log-in.ts';
import { logOut } from './auth/log-out.ts';
import { setPasswordFromLinkRoute } from './auth/set-password-from-link.ts';
import { getBlast } from './blasts/get-blast.ts';
import { listBlasts } from './blasts/list-blasts.ts';
import { startBlast } from './blasts/start-blast.ts';
import { startBlastCsv } from './blasts/start-blast-csv.ts';
import { addCaseNote } from './cases/add-case-note.ts';
import { changeCaseStatus } from './cases/change-case-status.ts';
import { getCase } from './cases/get-case.ts';
import { handOffCase } from './cases/hand-off-case.ts';
import { listCaseEvents } from './cases/list-case-events.ts';
import { listCases } from './cases/list-cases.ts';
import { openCase } from './cases/open-case.ts';
import { getCustomer } from './customers/get-customer.ts';
import { getCustomerStoryRoute } from './customers/get-customer-story.ts';
import { listCustomers } from './customers/list-customers.ts';
import { upsertCustomer } from './customers/upsert-customer.ts';
import { getHappiness } from './feedback/get-happiness.ts';
import { listFeedback } from './feedback/list-feedback.ts';
import { streamLive } from './live/stream-live.ts';
import { getOutboundEmail } from './outbox/get-outbound-email.ts';
import { listOutbox } from './outbox/list-outbox.ts';
import { createRatingRequest } from './rating-requests/create-rating-request.ts';
import { createRatingSnippet } from './rating-requests/create-rating-snippet.ts';
import { getRatingRequest } from './rating-requests/get-rating-request.ts';
import { getRatingSnippet } from './rating-requests/get-rating-snippet.ts';
import { getFeedbackRules } from './settings/get-feedback-rules.ts';
import { updateFeedbackRules } from './settings/update-feedback-rules.ts';
import { createSurvey } from './surveys/create-survey.ts';
import { getSurvey } from './surveys/get-survey.ts';
import { listSurveys } from './surveys/list-surveys.ts';
import { updateSurvey } from './surveys/update-survey.ts';
import { getHealth } from './system/get-health.ts';
import { getOpenapi } from './system/get-openapi.ts';
import { addTeamMember } from './teams/add-team-member.ts';
import { createTeam } from './teams/create-team.ts';
import { listTeams } from './teams/list-teams.ts';
import { createPasswordResetLinkRoute } from './users/create-password-reset-link.ts';
import { createUser } from './users/create-user.ts';
import { getUser } from './users/get-user.ts';
import { listUsers } from './users/list-users.ts';
import { updateUser } from './users/update-user.ts';

/** Every endpoint, in the order the OpenAPI document lists them. */
export const ROUTES: Route[] = [
  getHealth,
  getOpenapi,
  getCsrfToken,
  logIn,
  logOut,
  setPasswordFromLinkRoute,
  getMe,
  listUsers,
  getUser,
  createUser,
  updateUser,
  createPasswordResetLinkRoute,
  listTeams,
  createTeam,
  addTeamMember,
  listCustomers,
  getCustomer,
  getCustomerStoryRoute,
  upsertCustomer,
  listCases,
  openCase,
  getCase,
  listCaseEvents,
  handOffCase,
  changeCaseStatus,
  addCaseNote,
  listSurveys,
  getSurvey,
  createSurvey,
  updateSurvey,
  createRatingRequest,
  createRatingSnippet,
  getRatingRequest,
  getRatingSnippet,
  listBlasts,
  getBlast,
  startBlast,
  startBlastCsv,
  listOutbox,
  getOutboundEmail,
  listFeedback,
  getHappiness,
  getFeedbackRules,
  updateFeedbackRules,
  listApiTokens,
  createApiToken,
  revokeApiToken,
  listAudit,
  streamLive,
];
