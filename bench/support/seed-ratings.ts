/**
 * Rating requests to click on: one thermometer survey, customers, and requests spread over them,
 * written in bulk (the benchmark measures recording, not setup). Each request gets one link, its
 * score drawn from a stated mix so that negative answers (which queue a recovery check) are part of
 * the load as they would be in real mail.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { AppContext } from '../../src/app/context.ts';
import { signRatingToken } from '../../src/core/rating/rating-link.ts';
import { ratingLinksExpireAt } from '../../src/core/rating/rating-window.ts';
import { defaultScale, negativeAtMost } from '../../src/core/rating/survey-scale.ts';
import { insertSurvey } from '../../src/store/survey.store.ts';

/**
 * Thermometer answers as clicked, from the share that is negative: red is a third of the negative
 * answers, amber two thirds; gold 60 % of the rest, green 40 %. An assumption, stated in the output.
 */
export function scoreMix(negativeShare: number): { score: number; share: number }[] {
  const positive = 1 - negativeShare;
  return [
    { score: 4, share: positive * 0.6 },
    { score: 3, share: positive * 0.4 },
    { score: 2, share: (negativeShare * 2) / 3 },
    { score: 1, share: negativeShare / 3 },
  ];
}

function scoreFor(mix: { score: number; share: number }[], i: number, count: number): number {
  let upTo = 0;
  for (const { score, share } of mix) {
    upTo += share * count;
    if (i < upTo) return score;
  }
  return mix[mix.length - 1]?.score ?? 1;
}

export type SeededRatings = {
  requests: number;
  customers: number;
  paths: string[];
  requestIds: string[];
  /** What each request's answers carry besides it (the same for all): for rows written without a click. */
  groups: { surveyId: string; touchpointType: string };
};

/** Creates `requests` rating requests over `customers` customers; returns one `/r/<token>` path each. */
export async function seedRatingRequests(
  ctx: AppContext,
  options: { requests: number; customers: number; negativeShare: number },
): Promise<SeededRatings> {
  const now = ctx.now();
  const keys = Array.from({ length: options.requests }, () => randomBytes(16).toString('base64url'));
  const { requestIds, surveyId } = await ctx.db.transaction().execute(async (trx) => {
    const survey = await insertSurvey(trx, {
      name: 'Benchmark delivery survey',
      kind: 'thermometer',
      touchpointType: 'delivery',
      question: 'How was your delivery?',
      scale: defaultScale('thermometer'),
    });
    const { rows: customers } = await sql<{ id: string }>`
      INSERT INTO customers (name, emails)
      SELECT 'Bench customer ' || n, ARRAY['bench-' || n || '@example.test']
      FROM generate_series(1, ${options.customers}::int) AS n
      RETURNING id
    `.execute(trx);
    const { rows } = await sql<{ id: string }>`
      INSERT INTO rating_requests (key, survey_id, customer_id, touchpoint_type, touchpoint_ref,
                                   negative_at_most, created_at, expires_at)
      SELECT k.key, ${survey.id}, (${customers.map((c) => c.id)}::uuid[])[1 + (k.n - 1) % ${customers.length}],
             'delivery', 'order-' || k.n, ${negativeAtMost('thermometer')}, ${now},
             ${ratingLinksExpireAt({ createdAt: now, firstAnsweredAt: undefined })}
      FROM unnest(${keys}::text[]) WITH ORDINALITY AS k(key, n)
      RETURNING id
    `.execute(trx);
    return { requestIds: rows.map((row) => row.id), surveyId: survey.id };
  });
  await sql`ANALYZE customers, rating_requests`.execute(ctx.db);
  const mix = scoreMix(options.negativeShare);
  const paths = keys.map(
    (key, i) => `/r/${signRatingToken(ctx.linkSecret, { key, score: scoreFor(mix, i, keys.length) })}`,
  );
  return {
    requests: keys.length,
    customers: options.customers,
    paths,
    requestIds,
    groups: { surveyId, touchpointType: 'delivery' },
  };
}
