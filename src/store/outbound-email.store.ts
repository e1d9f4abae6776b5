import type { OutboundEmail, OutboundEmailKind, OutboundEmailStatus } from '../core/mail/outbound-email.ts';
import type { Executor } from './db.ts';
import { queueRowJobs, SEND_EMAIL } from './job.store.ts';
import type { OutboundEmailRow } from './schema.ts';

export function outboundEmailRowToOutboundEmail(row: OutboundEmailRow): OutboundEmail {
  return {
    id: row.id,
    intentKey: row.intent_key,
    kind: row.kind,
    toAddress: row.to_address,
    subject: row.subject ?? undefined,
    textBody: row.text_body ?? undefined,
    htmlBody: row.html_body ?? undefined,
    headers: row.headers,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error ?? undefined,
    messageId: row.message_id ?? undefined,
    createdAt: row.created_at,
    sentAt: row.sent_at ?? undefined,
    blastId: row.blast_id ?? undefined,
    ratingRequestId: row.rating_request_id ?? undefined,
    caseId: row.case_id ?? undefined,
    passwordResetId: row.password_reset_id ?? undefined,
    caseEventId: row.case_event_id ?? undefined,
  };
}

export type NewOutboundEmail = {
  /** Chosen by the caller when something else must name the email first (a message_out event); else generated. */
  id?: string | undefined;
  intentKey: string;
  kind: OutboundEmailKind;
  toAddress: string;
  blastId: string | undefined;
  ratingRequestId: string | undefined;
  caseId?: string | undefined;
  passwordResetId?: string | undefined;
  /** The `message_out` event a case message is. */
  caseEventId?: number | undefined;
  createdAt: Date;
  /** Content composed when queued (a survey test); other kinds are composed right before sending. */
  composed?: { subject: string; text: string; html: string; headers: Record<string, string> } | undefined;
};

/**
 * Inserts queued emails and their send jobs, in the caller's transaction. An intent that already
 * has an email is left alone (ON CONFLICT DO NOTHING), so it never gets a second one; returns the
 * ids of the emails this call created.
 */
export async function queueOutboundEmails(
  db: Executor,
  emails: readonly NewOutboundEmail[],
): Promise<string[]> {
  if (emails.length === 0) return [];
  const rows = await db
    .insertInto('outbound_emails')
    .values(
      emails.map((email) => ({
        ...(email.id && { id: email.id }),
        intent_key: email.intentKey,
        kind: email.kind,
        to_address: email.toAddress,
        blast_id: email.blastId ?? null,
        rating_request_id: email.ratingRequestId ?? null,
        case_id: email.caseId ?? null,
        password_reset_id: email.passwordResetId ?? null,
        case_event_id: email.caseEventId ?? null,
        created_at: email.createdAt,
        ...(email.composed && {
          subject: email.composed.subject,
          text_body: email.composed.text,
          html_body: email.composed.html,
          headers: JSON.stringify(email.composed.headers),
        }),
      })),
    )
    .onConflict((oc) => oc.column('intent_key').doNothing())
    .returning('id')
    .execute();
  const ids = rows.map((row) => row.id);
  await queueRowJobs(db, SEND_EMAIL, ids);
  return ids;
}

/**
 * Claims a queued email for sending: `UPDATE … SET status = 'sending' WHERE status = 'queued'`.
 * Undefined means someone else has it (or it is no longer queued): the caller must not send.
 */
export async function claimOutboundEmail(db: Executor, id: string): Promise<OutboundEmail | undefined> {
  const row = await db
    .updateTable('outbound_emails')
    .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .returningAll()
    .executeTakeFirst();
  return row ? outboundEmailRowToOutboundEmail(row) : undefined;
}

/** Keeps what is about to be sent, so the outbox shows it even if the process dies mid-send. */
export async function saveComposedEmail(
  db: Executor,
  id: string,
  composed: {
    subject: string;
    text: string;
    html: string;
    headers: Record<string, string>;
    messageId: string;
  },
): Promise<void> {
  await db
    .updateTable('outbound_emails')
    .set({
      subject: composed.subject,
      text_body: composed.text,
      html_body: composed.html,
      headers: JSON.stringify(composed.headers),
      message_id: composed.messageId,
    })
    .where('id', '=', id)
    .execute();
}

/** Moves a claimed email on: only from `sending`, so a finished email is never rewritten. */
export async function finishOutboundEmail(
  db: Executor,
  id: string,
  outcome: {
    status: Exclude<OutboundEmailStatus, 'sending'>;
    error?: string | undefined;
    sentAt?: Date | undefined;
  },
): Promise<void> {
  await db
    .updateTable('outbound_emails')
    .set({
      status: outcome.status,
      last_error: outcome.error ?? null,
      ...(outcome.sentAt && { sent_at: outcome.sentAt }),
    })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .execute();
}

/** The addresses this rating request was mailed to (an unsubscribe link names the request). */
export async function findAddressesOfRatingRequest(db: Executor, ratingRequestId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('outbound_emails')
    .select('to_address')
    .distinct()
    .where('rating_request_id', '=', ratingRequestId)
    .execute();
  return rows.map((row) => row.to_address);
}

export async function findOutboundEmailById(db: Executor, id: string): Promise<OutboundEmail | undefined> {
  const row = await db.selectFrom('outbound_emails').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? outboundEmailRowToOutboundEmail(row) : undefined;
}

/** Newest first, optionally of one status or one blast. */
export async function listOutboundEmails(
  db: Executor,
  options: {
    status?: OutboundEmailStatus | undefined;
    blastId?: string | undefined;
    limit: number;
  },
): Promise<OutboundEmail[]> {
  let query = db
    .selectFrom('outbound_emails')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit);
  if (options.status) query = query.where('status', '=', options.status);
  if (options.blastId) query = query.where('blast_id', '=', options.blastId);
  const rows = await query.execute();
  return rows.map(outboundEmailRowToOutboundEmail);
}
