import { type CustomerStory, resolveAnswerLook } from '../../core/customer/customer-story.ts';
import { AppError } from '../../core/shared/app-error.ts';
import { listGesturesOfCustomer } from '../../store/amend-gesture.store.ts';
import { findCustomerById } from '../../store/customer.store.ts';
import {
  listAnswersOfRequests,
  listBlastEmailsOfCustomer,
  listCasesOfCustomer,
  listCommentsOfRequests,
  listRatingRequestsOfCustomer,
  listSuppressionsOf,
} from '../../store/customer-story.store.ts';
import type { AppContext } from '../context.ts';

/** How many of each part the story shows: a customer with more is a story for a report, not a screen. */
const STORY_LIMIT = 100;

/**
 * One customer's story: their cases and the amends made on them, every survey sent to them with each answer and comment, the
 * blasts that mailed them, and which of their addresses no longer get our email.
 */
export async function getCustomerStory(ctx: AppContext, customerId: string): Promise<CustomerStory> {
  // One snapshot, so the parts agree with each other.
  return ctx.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const customer = await findCustomerById(trx, customerId);
      if (!customer) throw new AppError('NOT_FOUND', 'No customer has that id.');
      const requests = await listRatingRequestsOfCustomer(trx, customerId, STORY_LIMIT);
      const requestIds = requests.map((r) => r.requestId);
      const [cases, amends, answers, comments, blasts, unsubscribes] = await Promise.all([
        listCasesOfCustomer(trx, customerId, STORY_LIMIT),
        listGesturesOfCustomer(trx, customerId, STORY_LIMIT),
        listAnswersOfRequests(trx, requestIds),
        listCommentsOfRequests(trx, requestIds),
        listBlastEmailsOfCustomer(trx, customerId, STORY_LIMIT),
        listSuppressionsOf(trx, customer.emails),
      ]);
      const ratings = requests.map(({ scale, ...request }) => ({
        ...request,
        answers: answers
          .filter((a) => a.requestId === request.requestId)
          .map((a) => ({ score: a.score, ...resolveAnswerLook(scale, a.score), at: a.at })),
        comments: comments
          .filter((c) => c.requestId === request.requestId)
          .map((c) => ({ body: c.body, at: c.at })),
      }));
      return { customer, cases, ratings, amends, blasts, unsubscribes };
    });
}
