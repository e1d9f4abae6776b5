import type { OutboundEmail } from '../../core/mail/outbound-email.ts';
import { signRequestToken } from '../../core/rating/rating-link.ts';
import { findCustomerById, findCustomersByIds } from '../../store/customer.store.ts';
import { findRatingRequestById, findRatingRequestsByIds } from '../../store/rating-request.store.ts';
import { findSurveyById, findSurveysByIds } from '../../store/survey.store.ts';
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

/**
 * The facts of many survey emails at once (three queries for a send job's whole batch, not three per
 * email), by email id; an email whose rating request, survey or customer is gone maps to undefined.
 */
export async function findSurveyEmailFactsOf(
  ctx: AppContext,
  emails: readonly Pick<OutboundEmail, 'id' | 'toAddress' | 'ratingRequestId'>[],
): Promise<Map<string, SurveyEmailFacts | undefined>> {
  const requests = await findRatingRequestsByIds(
    ctx.db,
    emails.flatMap((email) => (email.ratingRequestId ? [email.ratingRequestId] : [])),
  );
  const [surveys, customers] = await Promise.all([
    findSurveysByIds(ctx.db, [...new Set([...requests.values()].map((r) => r.surveyId))]),
    findCustomersByIds(ctx.db, [...new Set([...requests.values()].map((r) => r.customerId))]),
  ]);
  const facts = new Map<string, SurveyEmailFacts | undefined>();
  for (const email of emails) {
    const request = email.ratingRequestId ? requests.get(email.ratingRequestId) : undefined;
    const survey = request && surveys.get(request.surveyId);
    const customer = request && customers.get(request.customerId);
    facts.set(
      email.id,
      request && survey && customer
        ? {
            toAddress: email.toAddress,
            customerName: customer.name,
            question: survey.question,
            links: ratingLinksOf(ctx, survey, request),
            unsubscribeUrl: unsubscribeUrl(ctx, request.key),
          }
        : undefined,
    );
  }
  return facts;
}
