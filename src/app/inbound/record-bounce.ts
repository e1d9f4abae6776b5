import { bouncedRecipient } from '../../core/mail/delivery-report.ts';
import type { ReadInboundEmail } from '../../core/mail/inbound-email.ts';
import { suppressionKey } from '../../core/mail/suppression.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import type { Executor } from '../../store/db.ts';
import { insertSuppression } from '../../store/email-suppression.store.ts';
import {
  findOutboundEmailByMessageId,
  type InboundFinish,
  type InboundReading,
} from '../../store/inbound-email.store.ts';
import { publishLive } from '../../store/live.store.ts';
import type { InboundOutcome } from './process-inbound-email.ts';

/**
 * A bounce, in the caller's transaction (which holds the email's lock): when it returns a mail of
 * ours that failed for good (core/mail/delivery-report.ts#bouncedRecipient), the address is
 * suppressed as bounced and, if the mail came from a case, an internal note on that case says so
 * (the owner must reach the customer another way). The bounce itself is ignored: never answered,
 * never a case. Returns the email's outcome, for the caller to record with its batch's.
 */
export async function recordBounce(
  trx: Executor,
  now: Date,
  id: string,
  message: ReadInboundEmail,
  reading: InboundReading,
  what: string,
): Promise<{ outcome: InboundOutcome; finish: InboundFinish }> {
  const original = message.originalMessageId
    ? await findOutboundEmailByMessageId(trx, message.originalMessageId)
    : undefined;
  const failed = bouncedRecipient(message.deliveryReports, original);
  if (!original || !failed) {
    const why = original
      ? `${what} for a mail of ours, not a permanent failure of its recipient: nothing suppressed`
      : `${what} for no mail of ours that we can find: nothing suppressed`;
    return {
      outcome: { status: 'ignored', why },
      finish: { id, status: 'ignored', problem: why, reading },
    };
  }
  const detail = [failed.status, failed.diagnostic].filter(Boolean).join(' ');
  await insertSuppression(trx, {
    email: suppressionKey(failed.recipient),
    reason: 'bounced',
    detail: detail || undefined,
    at: now,
  });
  let caseEventId: number | undefined;
  if (original.caseId) {
    const [note] = await appendCaseEvents(
      trx,
      original.caseId,
      [
        {
          kind: 'note',
          actorUserId: undefined,
          body: `A mail to ${failed.recipient} bounced${detail ? ` (${detail})` : ''}: the address no longer receives our mail. Reach the customer another way.`,
          data: {
            bounce: {
              address: failed.recipient,
              status: failed.status,
              outboundEmailId: original.id,
              inboundEmailId: id,
            },
          },
        },
      ],
      now,
    );
    caseEventId = note?.id;
    await publishLive(trx, { type: 'case.changed', caseId: original.caseId });
  }
  const why = `${what}: ${failed.recipient} failed for good and is suppressed`;
  return {
    outcome: { status: 'ignored', why, caseId: original.caseId },
    finish: { id, status: 'ignored', problem: why, reading, caseId: original.caseId, caseEventId },
  };
}
