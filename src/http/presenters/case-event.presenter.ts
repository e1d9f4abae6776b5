import { z } from 'zod';
import { CASE_EVENT_KINDS, type CaseEvent } from '../../core/case/case-event.ts';
import { MESSAGE_DELIVERY_STATUSES } from '../../core/conversation/case-message.ts';

export const caseEventSchema = z
  .object({
    id: z.number().int(),
    caseId: z.uuid(),
    kind: z.enum(CASE_EVENT_KINDS),
    actorUserId: z.uuid().nullable(),
    body: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
    at: z.iso.datetime(),
    /**
     * A `message_out`'s way to the customer: its email's state (queued, sending, held in the local
     * outbox, sent, bounced, failed, suppressed) and the last error; null for every other kind.
     */
    delivery: z
      .object({ status: z.enum(MESSAGE_DELIVERY_STATUSES), error: z.string().nullable() })
      .nullable(),
  })
  .meta({ id: 'CaseEvent' });

export function presentCaseEvent(event: CaseEvent): z.infer<typeof caseEventSchema> {
  return {
    id: event.id,
    caseId: event.caseId,
    kind: event.kind,
    actorUserId: event.actorUserId ?? null,
    body: event.body ?? null,
    data: event.data,
    at: event.at.toISOString(),
    delivery: event.delivery ? { status: event.delivery.status, error: event.delivery.error ?? null } : null,
  };
}
