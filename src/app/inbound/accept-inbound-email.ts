import type { InboundSource } from '../../core/mail/inbound-email.ts';
import { insertInboundEmail } from '../../store/inbound-email.store.ts';
import type { AppContext } from '../context.ts';

/** A message as it arrived, before anything is read from it. */
export type InboundArrival = {
  /** The exact bytes of the message (DATA, or the IMAP message). */
  raw: Buffer;
  source: InboundSource;
  /** MAIL FROM; '' for the null reverse path `<>`. */
  envelopeFrom?: string | undefined;
  envelopeTo: string[];
  /** The connecting client's address and EHLO name (SPF is checked against them). */
  remoteAddress?: string | undefined;
  helo?: string | undefined;
  /** Where an IMAP reader took it from (unique: a second take of the same message stores nothing). */
  mailbox?: { name: string; uidValidity: number; uid: number } | undefined;
};

/**
 * Keeps a message raw and queues its processing, in one transaction: when this resolves the mail is
 * durable, so only then may the SMTP listener answer 250 (or the IMAP reader delete it). Parsing and
 * threading run after, in the job, so a mail that cannot be read is still kept. `id` is undefined
 * when the IMAP message was taken before.
 */
export async function acceptInboundEmail(
  ctx: AppContext,
  arrival: InboundArrival,
): Promise<{ id: string | undefined }> {
  const receivedAt = ctx.now();
  const id = await ctx.db.transaction().execute((trx) =>
    insertInboundEmail(trx, {
      raw: arrival.raw,
      source: arrival.source,
      envelopeFrom: arrival.envelopeFrom,
      envelopeTo: arrival.envelopeTo,
      remoteAddress: arrival.remoteAddress,
      helo: arrival.helo,
      mailbox: arrival.mailbox,
      receivedAt,
    }),
  );
  return { id };
}
