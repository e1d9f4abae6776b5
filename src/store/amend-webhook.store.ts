import type { Executor } from './db.ts';
import type { RowJob } from './job.store.ts';

/** The job that tells the business's system to issue a gesture; keyed by the gesture, so one runs. */
export const DELIVER_AMEND: RowJob = {
  task: 'deliver-amend',
  payloadField: 'gestureId',
  keyPrefix: 'deliver-amend',
};

export type WebhookAttempt = {
  attempt: number;
  at: Date;
  statusCode: number | undefined;
  error: string | undefined;
  reference: string | undefined;
};

export async function recordWebhookAttempt(
  db: Executor,
  gestureId: string,
  attempt: WebhookAttempt,
): Promise<void> {
  await db
    .insertInto('amend_webhook_deliveries')
    .values({
      gesture_id: gestureId,
      attempt: attempt.attempt,
      at: attempt.at,
      status_code: attempt.statusCode ?? null,
      error: attempt.error ?? null,
      reference: attempt.reference ?? null,
    })
    .execute();
}

export async function listWebhookAttempts(db: Executor, gestureId: string): Promise<WebhookAttempt[]> {
  const rows = await db
    .selectFrom('amend_webhook_deliveries')
    .selectAll()
    .where('gesture_id', '=', gestureId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    attempt: row.attempt,
    at: row.at,
    statusCode: row.status_code ?? undefined,
    error: row.error ?? undefined,
    reference: row.reference ?? undefined,
  }));
}
