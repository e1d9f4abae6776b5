import { type AmendsWebhookBody, referenceFromAnswer } from '../../core/amends/amends-webhook.ts';
import { IDEMPOTENCY_HEADER, SIGNATURE_HEADER, signWebhook } from '../../core/amends/webhook-signature.ts';
import { findGesture, updateGesture } from '../../store/amend-gesture.store.ts';
import { recordWebhookAttempt } from '../../store/amend-webhook.store.ts';
import { findCaseById, touchCase } from '../../store/case.store.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import { findCustomerById } from '../../store/customer.store.ts';
import { publishLive } from '../../store/live.store.ts';
import type { AppContext } from '../context.ts';
import { findAmendsWebhook } from './amends-webhook-setting.ts';
import { gestureEventData } from './gesture-event-data.ts';

/** How long the receiver has to answer before the attempt counts as failed (and is retried). */
export const WEBHOOK_TIMEOUT_MS = 10_000;

export type DeliveryOutcome = 'issued' | 'retry' | 'failed' | 'not-issuing';

/**
 * One attempt to have the business's system issue a gesture. No transaction is held while the
 * receiver thinks. Every attempt of one gesture carries the same Idempotency-Key (the gesture's id),
 * so a receiver that did issue but whose answer was lost (a timeout) issues nothing the second time.
 * A 2xx issues the gesture with the receiver's reference; anything else is kept as the gesture's last
 * error and retried by the job's backoff; after the last attempt the gesture is failed (the owner can
 * then issue it by hand).
 */
export async function deliverGesture(
  ctx: AppContext,
  gestureId: string,
  attempt: { number: number; isLast: boolean; timeoutMs?: number },
): Promise<DeliveryOutcome> {
  const gesture = await findGesture(ctx.db, gestureId);
  if (gesture?.state !== 'issuing') return 'not-issuing';
  const webhook = await findAmendsWebhook(ctx.db);
  const found = await findCaseById(ctx.db, gesture.caseId);
  const customer = found && (await findCustomerById(ctx.db, found.customerId));
  let error: string | undefined;
  let statusCode: number | undefined;
  let reference: string | undefined;
  if (!webhook || !found || !customer) {
    error = webhook ? 'the case or its customer is gone' : 'no webhook is set any more (Settings → Amends)';
  } else {
    const body: AmendsWebhookBody = {
      type: 'amends.issue',
      gesture: {
        id: gesture.id,
        kind: gesture.kind,
        label: gesture.label,
        amountMinor: gesture.amountMinor ?? null,
        currency: gesture.currency ?? null,
        code: gesture.code ?? null,
      },
      case: { id: found.id, number: found.number },
      customer: {
        id: customer.id,
        externalId: customer.externalId ?? null,
        name: customer.name,
        email: customer.emails[0] ?? null,
      },
      requestedAt: gesture.requestedAt.toISOString(),
    };
    const text = JSON.stringify(body);
    try {
      const response = await fetch(webhook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signWebhook(webhook.secret, text, new Date()),
          [IDEMPOTENCY_HEADER]: gesture.id,
          'user-agent': 'Amends-Webhook/1',
        },
        body: text,
        redirect: 'manual',
        signal: AbortSignal.timeout(attempt.timeoutMs ?? WEBHOOK_TIMEOUT_MS),
      });
      statusCode = response.status;
      const answer = (await response.text()).slice(0, 10_000);
      if (response.ok) reference = referenceFromAnswer(answer);
      else error = `the receiver answered ${response.status}`;
    } catch (caught) {
      const cause = caught as Error;
      error =
        cause.name === 'TimeoutError'
          ? `the receiver did not answer within ${Math.round((attempt.timeoutMs ?? WEBHOOK_TIMEOUT_MS) / 1000)} s`
          : `the receiver could not be reached (${cause.message})`;
    }
  }
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    await recordWebhookAttempt(trx, gesture.id, {
      attempt: attempt.number,
      at: now,
      statusCode,
      error,
      reference,
    });
    if (error === undefined) {
      const issued = await updateGesture(
        trx,
        gesture.id,
        ['issuing'],
        { state: 'issued', issuedAt: now, lastError: null, ...(reference !== undefined && { reference }) },
        now,
      );
      if (!issued) return 'not-issuing';
      await appendCaseEvents(
        trx,
        gesture.caseId,
        [
          {
            kind: 'amends_issued',
            actorUserId: undefined,
            body: undefined,
            data: { ...gestureEventData(issued), by: 'webhook' },
          },
        ],
        now,
      );
      await touchCase(trx, gesture.caseId, now);
      await publishLive(trx, { type: 'case.changed', caseId: gesture.caseId });
      return 'issued';
    }
    if (!attempt.isLast) {
      await updateGesture(trx, gesture.id, ['issuing'], { lastError: error }, now);
      await publishLive(trx, { type: 'case.changed', caseId: gesture.caseId });
      return 'retry';
    }
    const failed = await updateGesture(
      trx,
      gesture.id,
      ['issuing'],
      { state: 'failed', lastError: error },
      now,
    );
    if (!failed) return 'not-issuing';
    await appendCaseEvents(
      trx,
      gesture.caseId,
      [
        {
          kind: 'amends_failed',
          actorUserId: undefined,
          body: error,
          data: { ...gestureEventData(failed), error },
        },
      ],
      now,
    );
    await publishLive(trx, { type: 'case.changed', caseId: gesture.caseId });
    return 'failed';
  });
}
