import { sql } from 'kysely';
import type { OutboundEmail, OutboundEmailKind, OutboundEmailStatus } from '../core/mail/outbound-email.ts';
import type { Executor } from './db.ts';
import { queueBatchJobs, queueRowJobs, SEND_EMAIL } from './job.store.ts';
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
    promiseId: row.promise_id ?? undefined,
    taskId: row.task_id ?? undefined,
    claimedAt: row.claimed_at ?? undefined,
    composedAt: row.composed_at ?? undefined,
    from: row.from_address === null ? undefined : { name: row.from_name ?? '', address: row.from_address },
    toName: row.to_name ?? undefined,
  };
}

/** One attempt's hold on an email: its writes apply only while the email is still its own. */
export type EmailClaim = { id: string; claimedAt: Date };

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
  /** The promise a promise-broken mail is about. */
  promiseId?: string | undefined;
  /** The help task a task-asked or task-overdue mail is about. */
  taskId?: string | undefined;
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
        ...(email.promiseId && { promise_id: email.promiseId }),
        ...(email.taskId && { task_id: email.taskId }),
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
  await queueSendJobs(db, ids);
  return ids;
}

/**
 * Emails per send job when many are queued together (a blast's batch, held mail let go): the job
 * claims, composes and keeps them together, one commit each for all, and hands them over in parallel.
 * 100 rather than 50: each batch's statements (claim, facts, suppressions, keep, the job's own) are
 * shared by twice the mails, and the outbox went from 0.69 to 0.72–0.74 of a bare nodemailer's rate
 * (`npm run bench -- mail`, same machine, same hour). The cost: the worker's 8 jobs hold up to 800
 * claimed mails, each to be begun within MAX_HANDOFF_WAIT_MS (five minutes), so a mail server slower
 * than about 3 mails a second sees some of them retried later (never lost, never sent twice).
 */
export const SEND_BATCH = 100;

/**
 * Queues the send jobs of these emails, in the caller's transaction: one job keyed by the email for
 * a single one (a later request for it joins that job), one job per SEND_BATCH emails for many.
 */
export async function queueSendJobs(db: Executor, ids: readonly string[]): Promise<void> {
  if (ids.length <= 1) return queueRowJobs(db, SEND_EMAIL, ids);
  const payloads: { emailIds: string[] }[] = [];
  for (let start = 0; start < ids.length; start += SEND_BATCH)
    payloads.push({ emailIds: ids.slice(start, start + SEND_BATCH) });
  await queueBatchJobs(db, SEND_EMAIL.task, payloads);
}

/**
 * Claims a queued email for sending: `UPDATE … SET status = 'sending' WHERE status = 'queued'`,
 * dated `now` (the claim's fence: see EmailClaim). Undefined means someone else has it (or it is no
 * longer queued): the caller must not send.
 */
export async function claimOutboundEmail(
  db: Executor,
  id: string,
  now: Date,
): Promise<OutboundEmail | undefined> {
  const row = await db
    .updateTable('outbound_emails')
    .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1), claimed_at: now }))
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .returningAll()
    .executeTakeFirst();
  return row ? outboundEmailRowToOutboundEmail(row) : undefined;
}

/** Claims every queued email of `ids` at once (see claimOutboundEmail); the others are someone else's. */
export async function claimOutboundEmails(
  db: Executor,
  ids: readonly string[],
  now: Date,
): Promise<OutboundEmail[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .updateTable('outbound_emails')
    .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1), claimed_at: now }))
    .where('id', 'in', [...ids])
    .where('status', '=', 'queued')
    .returningAll()
    .execute();
  return rows.map(outboundEmailRowToOutboundEmail);
}

/** A composed mail to keep (saveComposedEmails). */
export type ComposedEmailRow = {
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  messageId: string;
  from: { name: string; address: string };
  toName: string;
  composedAt: Date;
};

/**
 * Keeps composed mails, and when (`composed_at`): from then on every attempt sends each of these
 * same mails. One statement; returns the ids kept — those still under the claim that composed them.
 */
export async function saveComposedEmails(
  db: Executor,
  emails: readonly { claim: EmailClaim; composed: ComposedEmailRow }[],
): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const column = <T>(pick: (e: (typeof emails)[number]) => T) => emails.map(pick);
  const { rows } = await sql<{ id: string }>`
    UPDATE outbound_emails e SET subject = c.subject, text_body = c.text_body, html_body = c.html_body,
      headers = c.headers, message_id = c.message_id, from_name = c.from_name, from_address = c.from_address,
      to_name = c.to_name, composed_at = c.composed_at
    FROM unnest(${column((e) => e.claim.id)}::uuid[], ${column((e) => e.claim.claimedAt)}::timestamptz[],
                ${column((e) => e.composed.subject)}::text[], ${column((e) => e.composed.text)}::text[],
                ${column((e) => e.composed.html)}::text[], ${column((e) => JSON.stringify(e.composed.headers))}::jsonb[],
                ${column((e) => e.composed.messageId)}::text[], ${column((e) => e.composed.from.name)}::text[],
                ${column((e) => e.composed.from.address)}::text[], ${column((e) => e.composed.toName)}::text[],
                ${column((e) => e.composed.composedAt)}::timestamptz[])
      AS c(id, claimed_at, subject, text_body, html_body, headers, message_id, from_name, from_address, to_name, composed_at)
    WHERE e.id = c.id AND e.status = 'sending' AND e.claimed_at = c.claimed_at
    RETURNING e.id
  `.execute(db);
  return new Set(rows.map((row) => row.id));
}

/**
 * Moves many claimed emails to a final status at once (sent or held, as recordDelivery does one):
 * only those still under their claim. Returns the ids moved.
 */
export async function finishOutboundEmails(
  db: Executor,
  outcomes: readonly { claim: EmailClaim; status: 'sent' | 'held'; sentAt: Date | undefined }[],
): Promise<Set<string>> {
  if (outcomes.length === 0) return new Set();
  const { rows } = await sql<{ id: string }>`
    UPDATE outbound_emails e SET status = o.status, last_error = NULL, sent_at = coalesce(o.sent_at, e.sent_at)
    FROM unnest(${outcomes.map((o) => o.claim.id)}::uuid[], ${outcomes.map((o) => o.claim.claimedAt)}::timestamptz[],
                ${outcomes.map((o) => o.status)}::text[], ${outcomes.map((o) => o.sentAt ?? null)}::timestamptz[])
      AS o(id, claimed_at, status, sent_at)
    WHERE e.id = o.id AND e.status = 'sending' AND e.claimed_at = o.claimed_at
    RETURNING e.id
  `.execute(db);
  return new Set(rows.map((row) => row.id));
}

/**
 * Moves a claimed email on: only from `sending` under this claim, so a finished email, or one a
 * later attempt holds, is never rewritten. True when it moved. `queued` keeps what was composed:
 * the next attempt sends that same mail.
 */
export async function finishOutboundEmail(
  db: Executor,
  claim: EmailClaim,
  outcome: {
    status: Exclude<OutboundEmailStatus, 'sending'>;
    error?: string | undefined;
    sentAt?: Date | undefined;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('outbound_emails')
    .set({
      status: outcome.status,
      last_error: outcome.error ?? null,
      ...(outcome.sentAt && { sent_at: outcome.sentAt }),
    })
    .where('id', '=', claim.id)
    .where('status', '=', 'sending')
    .where('claimed_at', '=', claim.claimedAt)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** A `sending` email as the stuck-mail rule sees it (core/mail/delivery-attempts.ts). */
export type SendingEmail = {
  id: string;
  claimedAt: Date | undefined;
  composedAt: Date | undefined;
  attempts: number;
  toAddress: string;
  caseId: string | undefined;
};

/** Emails in `sending` claimed before `claimedBefore` (all of them when undefined), oldest first. */
export async function listSendingEmails(
  db: Executor,
  options: { claimedBefore?: Date | undefined; limit: number },
): Promise<SendingEmail[]> {
  let query = db
    .selectFrom('outbound_emails')
    .select(['id', 'claimed_at', 'composed_at', 'attempts', 'to_address', 'case_id'])
    .where('status', '=', 'sending')
    .orderBy('claimed_at')
    .limit(options.limit);
  if (options.claimedBefore)
    query = query.where((eb) =>
      eb.or([eb('claimed_at', 'is', null), eb('claimed_at', '<', options.claimedBefore as Date)]),
    );
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    claimedAt: row.claimed_at ?? undefined,
    composedAt: row.composed_at ?? undefined,
    attempts: row.attempts,
    toAddress: row.to_address,
    caseId: row.case_id ?? undefined,
  }));
}

/**
 * Puts stuck `sending` emails back in the queue with a new send job each, in the caller's
 * transaction; only those still under the claim that was judged (the same claimed_at), so an
 * attempt that finished meanwhile is left alone. `forget` clears composed_at, so the mail is
 * composed afresh (nothing of it can have left); otherwise the kept mail is what goes. Returns
 * the ids requeued.
 */
export async function requeueSendingEmails(
  db: Executor,
  emails: readonly { id: string; claimedAt: Date | undefined; forget: boolean }[],
): Promise<string[]> {
  if (emails.length === 0) return [];
  const { rows } = await sql<{ id: string }>`
    UPDATE outbound_emails e SET status = 'queued',
      composed_at = CASE WHEN s.forget THEN NULL ELSE e.composed_at END
    FROM unnest(${emails.map((e) => e.id)}::uuid[], ${emails.map((e) => e.claimedAt ?? null)}::timestamptz[],
                ${emails.map((e) => e.forget)}::boolean[]) AS s(id, claimed_at, forget)
    WHERE e.id = s.id AND e.status = 'sending' AND e.claimed_at IS NOT DISTINCT FROM s.claimed_at
    RETURNING e.id
  `.execute(db);
  const ids = rows.map((row) => row.id);
  await queueSendJobs(db, ids);
  return ids;
}

/**
 * Queues every `held` email again (they waited in the local outbox while no SMTP server was
 * configured), with a send job each, in the caller's transaction. One statement: two processes
 * starting at once each move a held email at most once between them. composed_at is cleared, since
 * nothing held ever left: each is composed again, with the links and sender in force now.
 */
export async function requeueHeldEmails(db: Executor): Promise<string[]> {
  const rows = await db
    .updateTable('outbound_emails')
    .set({ status: 'queued', composed_at: null, last_error: null })
    .where('status', '=', 'held')
    .returning('id')
    .execute();
  const ids = rows.map((row) => row.id);
  await queueSendJobs(db, ids);
  return ids;
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
