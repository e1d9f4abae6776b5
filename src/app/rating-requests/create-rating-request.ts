import { randomBytes } from 'node:crypto';
import type { RatingRequest } from '../../core/rating/rating-request.ts';
import { ratingLinksExpireAt } from '../../core/rating/rating-window.ts';
import type { Survey } from '../../core/rating/survey.ts';
import { negativeAtMost } from '../../core/rating/survey-scale.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import type { Executor } from '../../store/db.ts';
import { insertRatingRequest } from '../../store/rating-request.store.ts';
import { findSurveyById } from '../../store/survey.store.ts';
import { findTeamById } from '../../store/team.store.ts';
import type { AppContext } from '../context.ts';
import { type CustomerChoice, resolveCustomerIn } from '../customers/upsert-customer.ts';
import { type RatingRequestDetail, ratingRequestDetail } from './rating-links.ts';

export type CreateRatingRequestInput = CustomerChoice & {
  surveyId: string;
  /** Defaults to the survey's touchpoint type. */
  touchpointType?: string | undefined;
  /** The business's own reference for the touchpoint, e.g. order "4471". */
  touchpointRef: string;
  teamId?: string | undefined;
};

/**
 * Asks one customer about one touchpoint with one survey. The request is named in its links by a
 * key of 128 random bits (nothing sequential to guess); the links work for RATING_REQUEST_DAYS.
 * Customer, request and audit entry are one transaction.
 */
export async function createRatingRequest(
  ctx: AppContext,
  actor: Actor | undefined,
  input: CreateRatingRequestInput,
): Promise<RatingRequestDetail> {
  const createdAt = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const survey = await getActiveSurvey(trx, input.surveyId);
    if (input.teamId && !(await findTeamById(trx, input.teamId)))
      throw new AppError('NOT_FOUND', 'No team has that id.', { field: 'teamId' });
    const customerId = await resolveCustomerIn(trx, actor, input);
    const request = await createRatingRequestIn(trx, actor, {
      survey,
      customerId,
      touchpointType: input.touchpointType,
      touchpointRef: input.touchpointRef,
      teamId: input.teamId,
      createdAt,
    });
    return ratingRequestDetail(ctx, survey, request);
  });
}

/** The survey to ask with: NOT_FOUND when there is none, VALIDATION_FAILED when it is switched off. */
export async function getActiveSurvey(trx: Executor, surveyId: string): Promise<Survey> {
  const survey = await findSurveyById(trx, surveyId);
  if (!survey) throw new AppError('NOT_FOUND', 'No survey has that id.', { field: 'surveyId' });
  if (!survey.active)
    throw new AppError(
      'VALIDATION_FAILED',
      `The survey "${survey.name}" is inactive: turn it back on, or choose an active survey.`,
      { field: 'surveyId' },
    );
  return survey;
}

/**
 * The request and its audit entry, in the caller's transaction (a blast asks many customers in a
 * few transactions). The customer and team must exist; the survey must be active.
 */
export async function createRatingRequestIn(
  trx: Executor,
  actor: Actor | undefined,
  input: {
    survey: Survey;
    customerId: string;
    touchpointType?: string | undefined;
    touchpointRef: string;
    teamId?: string | undefined;
    createdAt: Date;
  },
): Promise<RatingRequest> {
  const { survey, createdAt } = input;
  const request = await insertRatingRequest(trx, {
    key: randomBytes(16).toString('base64url'),
    surveyId: survey.id,
    customerId: input.customerId,
    touchpointType: input.touchpointType?.trim() || survey.touchpointType,
    touchpointRef: input.touchpointRef.trim(),
    teamId: input.teamId,
    negativeAtMost: negativeAtMost(survey.kind),
    createdAt,
    expiresAt: ratingLinksExpireAt({ createdAt, firstAnsweredAt: undefined }),
  });
  await recordAudit(trx, {
    actorUserId: actor?.userId,
    action: 'rating_request.created',
    subjectType: 'rating_request',
    subjectId: request.id,
    details: { surveyId: survey.id, customerId: input.customerId, touchpointRef: request.touchpointRef },
  });
  return request;
}
