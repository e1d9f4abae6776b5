import { signRequestToken, verifyRatingToken } from '../../core/rating/rating-link.ts';
import type { AppContext } from '../context.ts';
import { openRatingLink } from './open-rating-link.ts';
import type { RatingRecorder } from './rating-recorder.ts';

export type ConfirmOutcome =
  | { state: 'recorded'; commentToken: string }
  | { state: 'invalid' }
  | { state: 'expired' };

/** Records a confirmed click through the group-commit recorder; answers only after it is durable. */
export async function confirmRating(
  ctx: AppContext,
  recorder: RatingRecorder,
  token: string,
  source: 'page' | 'button',
): Promise<ConfirmOutcome> {
  const link = verifyRatingToken(ctx.linkSecret, token);
  if (!link) return { state: 'invalid' };
  const outcome = await recorder.record({ key: link.key, score: link.score, source });
  if (outcome.recorded)
    return { state: 'recorded', commentToken: signRequestToken(ctx.linkSecret, 'comment', link.key) };
  // The rare path: say whether the link expired, or never was one of ours (unknown key, off-scale score).
  const view = await openRatingLink(ctx, token);
  return view.state === 'expired' ? { state: 'expired' } : { state: 'invalid' };
}
