import { z } from 'zod';
import { OUTBOUND_EMAIL_STATUSES, type OutboundEmail } from '../../core/mail/outbound-email.ts';

export const outboundEmailSchema = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    to: z.string(),
    /** null until the send job composes the email. */
    subject: z.string().nullable(),
    status: z.enum(OUTBOUND_EMAIL_STATUSES),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: z.iso.datetime(),
    sentAt: z.iso.datetime().nullable(),
    blastId: z.uuid().nullable(),
  })
  .meta({ id: 'OutboundEmail' });

export const outboundEmailDetailSchema = outboundEmailSchema
  .extend({
    textBody: z.string().nullable(),
    htmlBody: z.string().nullable(),
    /** Extra headers sent with it, e.g. List-Unsubscribe. */
    headers: z.record(z.string(), z.string()),
    messageId: z.string().nullable(),
  })
  .meta({ id: 'OutboundEmailDetail' });

export function presentOutboundEmail(email: OutboundEmail): z.infer<typeof outboundEmailSchema> {
  return {
    id: email.id,
    kind: email.kind,
    to: email.toAddress,
    subject: email.subject ?? null,
    status: email.status,
    attempts: email.attempts,
    lastError: email.lastError ?? null,
    createdAt: email.createdAt.toISOString(),
    sentAt: email.sentAt?.toISOString() ?? null,
    blastId: email.blastId ?? null,
  };
}

export function presentOutboundEmailDetail(email: OutboundEmail): z.infer<typeof outboundEmailDetailSchema> {
  return {
    ...presentOutboundEmail(email),
    textBody: email.textBody ?? null,
    htmlBody: email.htmlBody ?? null,
    headers: { ...email.headers },
    messageId: email.messageId ?? null,
  };
}
