import type { OutboundEmail } from '../../core/mail/outbound-email.ts';
import { signRequestToken } from '../../core/rating/rating-link.ts';
import { findCustomerById } from '../../store/customer.store.ts';
import { findRatingRequestById } from '../../store/rating-request.store.ts';
import { findSurveyById } from '../../store/survey.store.ts';
import type { AppContext } from '../context.ts';
import { type RatingLinkChoice, ratingLinksOf } from '../rating-requests/rating-links.ts';

/** Everything a survey email says, read when it is composed (right before it is sent). */
export type SurveyEmailFacts = {
  toAddress: string;
  customerName: string;
  question: string;
  links: RatingLinkChoice[];
  unsubscribeUrl: string;
};

/** The public address that unsubscribes the recipient of a request's email: `<publicUrl>/u/<token>`. */
export function unsubscribeUrl(
  ctx: Pick<AppContext, 'linkSecret' | 'publicUrl'>,
  requestKey: string,
): string {
  return `${ctx.publicUrl}/u/${signRequestToken(ctx.linkSecret, 'unsubscribe', requestKey)}`;
}

/** The facts of a survey email, or undefined when its rating request, survey or customer is gone. */
export async function findSurveyEmailFacts(
  ctx: AppContext,
  email: Pick<OutboundEmail, 'toAddress' | 'ratingRequestId'>,
): Promise<SurveyEmailFacts | undefined> {
  const request = email.ratingRequestId
    ? await findRatingRequestById(ctx.db, email.ratingRequestId)
    : undefined;
  if (!request) return undefined;
  const [survey, customer] = await Promise.all([
    findSurveyById(ctx.db, request.surveyId),
    findCustomerById(ctx.db, request.customerId),
  ]);
  if (!survey || !customer) return undefined;
  return {
    toAddress: email.toAddress,
    customerName: customer.name,
    question: survey.question,
    links: ratingLinksOf(ctx, survey, request),
    unsubscribeUrl: unsubscribeUrl(ctx, request.key),
  };
}
