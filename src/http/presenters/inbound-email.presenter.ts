import { z } from 'zod';
import {
  INBOUND_EMAIL_STATUSES,
  type InboundAttachment,
  type InboundEmail,
} from '../../core/mail/inbound-email.ts';

const authenticationSchema = z
  .object({
    /** pass: the sender's domain vouches for it; failed: it says the mail is not theirs; unverified: nobody says. */
    verdict: z.enum(['pass', 'failed', 'unverified']),
    why: z.string().nullable(),
    dkim: z.array(z.object({ result: z.string(), domain: z.string().nullable() })),
    spf: z.object({ result: z.string(), domain: z.string().nullable() }).nullable(),
    dmarc: z
      .object({ result: z.string(), domain: z.string().nullable(), policy: z.string().nullable() })
      .nullable(),
  })
  .meta({ id: 'MailAuthentication' });

export const inboundEmailSchema = z
  .object({
    id: z.uuid(),
    receivedAt: z.iso.datetime(),
    source: z.enum(['smtp', 'imap']),
    /** Bytes, as received. */
    size: z.number().int(),
    /** received → threaded, ignored (auto-reply, bounce) or flagged (unreadable, untrusted, too big). */
    status: z.enum(INBOUND_EMAIL_STATUSES),
    /** Why it was ignored or flagged. */
    problem: z.string().nullable(),
    fromAddress: z.string().nullable(),
    fromName: z.string().nullable(),
    subject: z.string().nullable(),
    messageId: z.string().nullable(),
    /** DKIM/SPF/DMARC, once read. */
    authentication: authenticationSchema.nullable(),
    caseId: z.uuid().nullable(),
    caseEventId: z.number().int().nullable(),
    attempts: z.number().int(),
  })
  .meta({ id: 'InboundEmail' });

export const inboundEmailDetailSchema = inboundEmailSchema
  .extend({
    /** MAIL FROM; empty for the null reverse path of bounces. */
    envelopeFrom: z.string().nullable(),
    envelopeTo: z.array(z.string()),
    inReplyTo: z.string().nullable(),
    references: z.array(z.string()),
    /** The whole text part. */
    textBody: z.string().nullable(),
    /** The HTML part, sanitised: show it in a sandboxed frame. */
    htmlBody: z.string().nullable(),
    attachments: z.array(
      z.object({
        id: z.uuid(),
        filename: z.string(),
        /** As the sender declared it; the download is always application/octet-stream. */
        contentType: z.string(),
        size: z.number().int(),
        /** Why the file was not kept (too big); null when it can be downloaded. */
        omitted: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'InboundEmailDetail' });

export function presentInboundEmail(email: InboundEmail): z.infer<typeof inboundEmailSchema> {
  const auth = email.authentication;
  return {
    id: email.id,
    receivedAt: email.receivedAt.toISOString(),
    source: email.source,
    size: email.size,
    status: email.status,
    problem: email.problem ?? null,
    fromAddress: email.fromAddress ?? null,
    fromName: email.fromName ?? null,
    subject: email.subject ?? null,
    messageId: email.messageId ?? null,
    authentication: auth
      ? {
          verdict: auth.verdict,
          why: auth.why ?? null,
          dkim: auth.dkim.map((signature) => ({
            result: signature.result,
            domain: signature.domain ?? null,
          })),
          spf: auth.spf ? { result: auth.spf.result, domain: auth.spf.domain ?? null } : null,
          dmarc: auth.dmarc
            ? {
                result: auth.dmarc.result,
                domain: auth.dmarc.domain ?? null,
                policy: auth.dmarc.policy ?? null,
              }
            : null,
        }
      : null,
    caseId: email.caseId ?? null,
    caseEventId: email.caseEventId ?? null,
    attempts: email.attempts,
  };
}

export function presentInboundEmailDetail(
  email: InboundEmail,
  attachments: readonly InboundAttachment[],
): z.infer<typeof inboundEmailDetailSchema> {
  return {
    ...presentInboundEmail(email),
    envelopeFrom: email.envelopeFrom ?? null,
    envelopeTo: [...email.envelopeTo],
    inReplyTo: email.inReplyTo ?? null,
    references: [...email.references],
    textBody: email.textBody ?? null,
    htmlBody: email.htmlBody ?? null,
    attachments: attachments.map((attachment) => ({
      id: attachment.id,
      filename: attachment.filename,
      contentType: attachment.contentType,
      size: attachment.size,
      omitted: attachment.omitted ?? null,
    })),
  };
}
