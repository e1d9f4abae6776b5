import { randomBytes } from 'node:crypto';
import { prepareBlast } from '../../src/app/blasts/prepare-blast.ts';
import type { AppContext } from '../../src/app/context.ts';
import type { Blast } from '../../src/core/blast/blast.ts';
import { signRequestToken } from '../../src/core/rating/rating-link.ts';
import type { Survey } from '../../src/core/rating/survey.ts';
import { defaultScale } from '../../src/core/rating/survey-scale.ts';
import { findBlastById } from '../../src/store/blast.store.ts';
import { insertSurvey } from '../../src/store/survey.store.ts';
import type { TestApp } from './test-app.ts';

/** A thermometer survey straight into the store (the survey API has its own tests). */
export function buildSurvey(ctx: AppContext, question = 'How was your delivery?'): Promise<Survey> {
  return insertSurvey(ctx.db, {
    name: `Survey ${randomBytes(3).toString('hex')}`,
    kind: 'thermometer',
    touchpointType: 'delivery',
    question,
    scale: defaultScale('thermometer'),
  });
}

/** The unsubscribe token of the latest email to this address, as its List-Unsubscribe link carries it. */
export async function unsubscribeTokenOf(t: TestApp, address: string): Promise<string> {
  const row = await t.ctx.db
    .selectFrom('outbound_emails as e')
    .innerJoin('rating_requests as r', 'r.id', 'e.rating_request_id')
    .select('r.key')
    .where('e.to_address', '=', address)
    .orderBy('e.created_at', 'desc')
    .executeTakeFirstOrThrow();
  return signRequestToken(t.ctx.linkSecret, 'unsubscribe', row.key);
}

/** Emails of a blast by address, with their status. */
export async function emailsOfBlast(t: TestApp, blastId: string): Promise<Map<string, string>> {
  const rows = await t.ctx.db
    .selectFrom('outbound_emails')
    .select(['to_address', 'status'])
    .where('blast_id', '=', blastId)
    .execute();
  return new Map(rows.map((row) => [row.to_address, row.status]));
}

/**
 * Prepares an uploaded blast now, as the worker's prepare-blast job would (its send jobs stay
 * queued), and returns it as it then stands.
 */
export async function prepareNow(t: Pick<TestApp, 'ctx'>, blastId: string): Promise<Blast> {
  await prepareBlast(t.ctx, blastId);
  const blast = await findBlastById(t.ctx.db, blastId);
  if (!blast) throw new Error(`no blast ${blastId}`);
  return blast;
}
