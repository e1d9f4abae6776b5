import { assessComment } from '../../core/rating/comment-sentiment.ts';
import { findCommentProblem } from '../../core/rating/rating-comment.ts';
import { verifyRequestToken } from '../../core/rating/rating-link.ts';
import { isRatingRequestExpired } from '../../core/rating/rating-window.ts';
import { toStorableText } from '../../core/shared/storable-text.ts';
import { publishLive } from '../../store/live.store.ts';
import { findLatestAnswer, insertRatingComment } from '../../store/rating-answer.store.ts';
import { lockRatingRequestByKey } from '../../store/rating-request.store.ts';
import { enqueueRecoveryChecks } from '../../store/recovery-check.store.ts';
import type { AppContext } from '../context.ts';

export type CommentOutcome =
  | { state: 'saved' }
  | { state: 'invalid' }
  | { state: 'expired' }
  | { state: 'rejected'; reason: string };

/**
 * Keeps the customer's comment (as text; it is rendered escaped wherever it appears) under the answer
 * it was written after. A comment on
 * a request that has a case, or one that reads negative, goes to the recovery check, which tells
 * the case or opens one.
 */
export async function addRatingComment(
  ctx: AppContext,
  commentToken: string,
  text: string,
): Promise<CommentOutcome> {
  const key = verifyRequestToken(ctx.linkSecret, 'comment', commentToken);
  if (!key) return { state: 'invalid' };
  // A NUL or a broken surrogate cannot be stored; the customer's words around it are kept.
  const body = toStorableText(text).trim();
  const problem = findCommentProblem(body);
  if (problem) return { state: 'rejected', reason: problem };
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const request = await lockRatingRequestByKey(trx, key);
    if (!request) return { state: 'invalid' };
    if (isRatingRequestExpired(request, now)) return { state: 'expired' };
    // The request is locked, so no click can land between reading its latest answer and filing under it.
    const answer = await findLatestAnswer(trx, request.id);
    await insertRatingComment(trx, { requestId: request.id, answerId: answer?.id, body, at: now });
    const negativeScore = request.lastScore !== undefined && request.lastScore <= request.negativeAtMost;
    if (request.caseId || negativeScore || assessComment(body).isNegative)
      await enqueueRecoveryChecks(trx, [request.id]);
    await publishLive(trx, { type: 'rating.recorded' });
    return { state: 'saved' };
  });
}
