import { sql } from 'kysely';
import type {
  InboundAttachment,
  InboundEmail,
  InboundEmailStatus,
  InboundSource,
} from '../core/mail/inbound-email.ts';
import type { CaseFact } from '../core/mail/inbound-threading.ts';
import type { MailAuthentication } from '../core/mail/mail-authentication.ts';
import type { Executor } from './db.ts';
import { PROCESS_INBOUND_EMAIL, queueRowJobs } from './job.store.ts';
import type { InboundEmailRow } from './schema.ts';

/** Every column but the raw bytes, which only processing reads. */
const COLUMNS = [
  'id',
  'received_at',
  'source',
  'size',
  'envelope_from',
  'envelope_to',
  'remote_address',
  'helo',
  'status',
  'problem',
  'message_id',
  'in_reply_to',
  'message_references',
  'from_address',
  'from_name',
  'subject',
  'text_body',
  'html_body',
  'auth',
  'case_id',
  'case_event_id',
  'imap_mailbox',
  'imap_uidvalidity',
  'imap_uid',
  'attempts',
  'processed_at',
] as const;

export function inboundEmailRowToInboundEmail(
  row: Omit<InboundEmailRow, 'raw' | 'raw_sha256'>,
): InboundEmail {
  return {
    id: row.id,
    receivedAt: row.received_at,
    source: row.source,
    size: row.size,
    envelopeFrom: row.envelope_from ?? undefined,
    envelopeTo: row.envelope_to,
    remoteAddress: row.remote_address ?? undefined,
    status: row.status,
    problem: row.problem ?? undefined,
    messageId: row.message_id ?? undefined,
    inReplyTo: row.in_reply_to ?? undefined,
    references: row.message_references,
    fromAddress: row.from_address ?? undefined,
    fromName: row.from_name ?? undefined,
    subject: row.subject ?? undefined,
    textBody: row.text_body ?? undefined,
    htmlBody: row.html_body ?? undefined,
    authentication: (row.auth as MailAuthentication | null) ?? undefined,
    caseId: row.case_id ?? undefined,
    caseEventId: row.case_event_id ?? undefined,
    attempts: row.attempts,
    processedAt: row.processed_at ?? undefined,
  };
}

export type NewInboundEmail = {
  raw: Buffer;
  source: InboundSource;
  envelopeFrom: string | undefined;
  envelopeTo: readonly string[];
  remoteAddress: string | undefined;
  helo: string | undefined;
  /** Where an IMAP reader took it from: unique, so a message is taken once. */
  mailbox?: { name: string; uidValidity: number; uid: number } | undefined;
  receivedAt: Date;
};

/**
 * Stores a message raw and queues its processing job, in the caller's transaction. Returns its id,
 * or undefined when the IMAP message was already taken (by this or another instance).
 */
export async function insertInboundEmail(db: Executor, email: NewInboundEmail): Promise<string | undefined> {
  const row = await db
    .insertInto('inbound_emails')
    .values({
      raw: email.raw,
      size: email.raw.byteLength,
      source: email.source,
      envelope_from: email.envelopeFrom ?? null,
      envelope_to: [...email.envelopeTo],
      remote_address: email.remoteAddress ?? null,
      helo: email.helo ?? null,
      received_at: email.receivedAt,
      imap_mailbox: email.mailbox?.name ?? null,
      imap_uidvalidity: email.mailbox?.uidValidity ?? null,
      imap_uid: email.mailbox?.uid ?? null,
    })
    .onConflict((oc) => oc.constraint('inbound_emails_imap_uid_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) return undefined;
  await queueRowJobs(db, PROCESS_INBOUND_EMAIL, [row.id]);
  return row.id;
}

/** The highest UID taken from an IMAP mailbox under one UIDVALIDITY; undefined before the first. */
export async function findLastImapUid(
  db: Executor,
  mailbox: { name: string; uidValidity: number },
): Promise<number | undefined> {
  const row = await db
    .selectFrom('inbound_emails')
    .select((eb) => eb.fn.max('imap_uid').as('last'))
    .where('imap_mailbox', '=', mailbox.name)
    .where('imap_uidvalidity', '=', mailbox.uidValidity)
    .executeTakeFirst();
  return row?.last ?? undefined;
}

/** Which of these Message-IDs a mail taken from this IMAP mailbox (under any UIDVALIDITY) has. */
export async function findImapMessageIds(
  db: Executor,
  mailboxName: string,
  messageIds: readonly string[],
): Promise<Set<string>> {
  if (messageIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('inbound_emails')
    .select('message_id')
    .where('imap_mailbox', '=', mailboxName)
    .where('message_id', 'in', [...messageIds])
    .execute();
  return new Set(rows.flatMap((row) => (row.message_id ? [row.message_id] : [])));
}

/** What processing reads: the raw bytes and the envelope. */
export type RawInboundEmail = {
  id: string;
  status: InboundEmailStatus;
  raw: Buffer;
  envelopeFrom: string | undefined;
  envelopeTo: string[];
  remoteAddress: string | undefined;
  helo: string | undefined;
};

/**
 * The bytes and envelope of an email waiting to be processed; undefined when it is not (or no longer)
 * waiting. A read only: the attempt is counted when processing finishes, in the same commit.
 */
export async function findReceivedInboundEmail(
  db: Executor,
  id: string,
): Promise<RawInboundEmail | undefined> {
  const row = await db
    .selectFrom('inbound_emails')
    .select(['id', 'status', 'raw', 'envelope_from', 'envelope_to', 'remote_address', 'helo'])
    .where('id', '=', id)
    .where('status', '=', 'received')
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        status: row.status,
        raw: row.raw,
        envelopeFrom: row.envelope_from ?? undefined,
        envelopeTo: row.envelope_to,
        remoteAddress: row.remote_address ?? undefined,
        helo: row.helo ?? undefined,
      }
    : undefined;
}

/** Locks the email (FOR UPDATE) and returns its status; undefined when it does not exist. */
export async function lockInboundEmailStatus(
  db: Executor,
  id: string,
): Promise<InboundEmailStatus | undefined> {
  const row = await db
    .selectFrom('inbound_emails')
    .select('status')
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row?.status;
}

/**
 * Locks the email for processing and returns its status, and the caller's transaction then commits
 * without waiting for its WAL to reach the disk (both in one round trip). Only for processing an
 * inbound email: the raw mail is already durable (accepted with a synchronous commit), and the job's
 * completion, committed after this, flushes the WAL up to and past it. A crash before that flush
 * loses this transaction whole and leaves the job to run again, which finds the email still
 * `received`: nothing is lost and nothing is threaded twice.
 */
export async function lockInboundEmailForProcessing(
  trx: Executor,
  id: string,
): Promise<InboundEmailStatus | undefined> {
  const { rows } = await sql<{ status: InboundEmailStatus }>`
    SELECT status, set_config('synchronous_commit', 'off', true) FROM inbound_emails WHERE id = ${id} FOR UPDATE
  `.execute(trx);
  return rows[0]?.status;
}

/** What reading found, kept for lookups and for showing the whole message. */
export type InboundReading = {
  messageId: string | undefined;
  inReplyTo: string | undefined;
  references: readonly string[];
  fromAddress: string | undefined;
  fromName: string | undefined;
  subject: string | undefined;
  textBody: string | undefined;
  htmlBody: string | undefined;
  authentication: MailAuthentication | undefined;
};

/** Moves a received email to where processing left it, with what reading found (when it could read it). */
export async function finishInboundEmail(
  db: Executor,
  id: string,
  outcome: {
    status: Exclude<InboundEmailStatus, 'received'>;
    problem: string | undefined;
    reading: InboundReading | undefined;
    caseId?: string | undefined;
    caseEventId?: number | undefined;
    now: Date;
  },
): Promise<boolean> {
  const reading = outcome.reading;
  const result = await db
    .updateTable('inbound_emails')
    .set((eb) => ({
      status: outcome.status,
      attempts: eb('attempts', '+', 1),
      problem: outcome.problem ?? null,
      case_id: outcome.caseId ?? null,
      case_event_id: outcome.caseEventId ?? null,
      processed_at: outcome.now,
      ...(reading && {
        message_id: reading.messageId ?? null,
        in_reply_to: reading.inReplyTo ?? null,
        message_references: [...reading.references],
        from_address: reading.fromAddress ?? null,
        from_name: reading.fromName ?? null,
        subject: reading.subject ?? null,
        text_body: reading.textBody ?? null,
        html_body: reading.htmlBody ?? null,
        auth: reading.authentication ? JSON.stringify(reading.authentication) : null,
      }),
    }))
    .where('id', '=', id)
    .where('status', '=', 'received')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** A flagged (or stuck) email back to `received` for another run; false when it is not one of those. */
export async function resetInboundEmail(db: Executor, id: string): Promise<boolean> {
  const result = await db
    .updateTable('inbound_emails')
    .set({ status: 'received', problem: null, processed_at: null })
    .where('id', '=', id)
    .where('status', 'in', ['flagged', 'received'])
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  await queueRowJobs(db, PROCESS_INBOUND_EMAIL, [id]);
  return true;
}

/** The case whose reply key this is, with its customer's addresses. */
export async function findCaseByReplyKey(db: Executor, replyKey: string): Promise<CaseFact | undefined> {
  const row = await db
    .selectFrom('cases')
    .innerJoin('customers', 'customers.id', 'cases.customer_id')
    .select(['cases.id', 'customers.emails'])
    .where('cases.reply_key', '=', replyKey)
    .executeTakeFirst();
  return row ? { caseId: row.id, customerEmails: row.emails } : undefined;
}

/**
 * The cases these Message-IDs belong to: our own mail's (outbound_emails) or a customer's earlier
 * mail that reached a case (inbound_emails), by Message-ID.
 */
export async function findCasesByMessageIds(
  db: Executor,
  messageIds: readonly string[],
): Promise<Map<string, CaseFact>> {
  if (messageIds.length === 0) return new Map();
  const ids = [...new Set(messageIds)];
  const { rows } = await sql<{ message_id: string; case_id: string; emails: string[] }>`
    SELECT found.message_id, found.case_id, customers.emails
    FROM (
      SELECT message_id, case_id FROM outbound_emails
      WHERE message_id = ANY(${ids}::text[]) AND case_id IS NOT NULL
      UNION ALL
      SELECT message_id, case_id FROM inbound_emails
      WHERE message_id = ANY(${ids}::text[]) AND case_id IS NOT NULL
    ) AS found
    JOIN cases ON cases.id = found.case_id
    JOIN customers ON customers.id = cases.customer_id
  `.execute(db);
  return new Map(rows.map((row) => [row.message_id, { caseId: row.case_id, customerEmails: row.emails }]));
}

/** The active (open or acknowledged) cases of every customer with this address, oldest first. */
export async function findActiveCaseIdsOfAddress(db: Executor, address: string): Promise<string[]> {
  const rows = await db
    .selectFrom('cases')
    .select('cases.id')
    .where('cases.status', 'in', ['open', 'acknowledged'])
    .where(
      'cases.customer_id',
      '=',
      sql<string>`ANY(ARRAY(SELECT id FROM customers WHERE emails && ARRAY[${address}]::text[]))`,
    )
    .orderBy('cases.opened_at')
    .execute();
  return rows.map((row) => row.id);
}

/**
 * An earlier email from the same sender that already reached a case, the same mail delivered again:
 * the same Message-ID, or — for a mail without one — the very same bytes (a server resending a
 * message whose 250 it never heard sends its copy as it was).
 */
export async function findThreadedDuplicate(
  db: Executor,
  email: { id: string; messageId: string | undefined; fromAddress: string | undefined },
): Promise<{ id: string; caseId: string } | undefined> {
  const row = await db
    .selectFrom('inbound_emails')
    .select(['id', 'case_id'])
    .where((eb) =>
      email.messageId !== undefined
        ? eb('message_id', '=', email.messageId)
        : eb.and([
            eb('message_id', 'is', null),
            eb(
              'raw_sha256',
              '=',
              eb
                .selectFrom('inbound_emails as this')
                .select('this.raw_sha256')
                .where('this.id', '=', email.id),
            ),
          ]),
    )
    .where('id', '!=', email.id)
    .where('status', '=', 'threaded')
    .where('from_address', 'is not distinct from', email.fromAddress ?? null)
    .executeTakeFirst();
  return row?.case_id ? { id: row.id, caseId: row.case_id } : undefined;
}

/** The outbound email a bounce returns, by its Message-ID. */
export async function findOutboundEmailByMessageId(
  db: Executor,
  messageId: string,
): Promise<{ id: string; toAddress: string; caseId: string | undefined } | undefined> {
  const row = await db
    .selectFrom('outbound_emails')
    .select(['id', 'to_address', 'case_id'])
    .where('message_id', '=', messageId)
    .executeTakeFirst();
  return row ? { id: row.id, toAddress: row.to_address, caseId: row.case_id ?? undefined } : undefined;
}

export async function insertInboundAttachments(
  db: Executor,
  inboundEmailId: string,
  attachments: readonly {
    filename: string;
    contentType: string;
    content: Uint8Array;
    omitted: string | undefined;
  }[],
): Promise<void> {
  if (attachments.length === 0) return;
  await db
    .insertInto('inbound_email_attachments')
    .values(
      attachments.map((attachment, position) => ({
        inbound_email_id: inboundEmailId,
        position,
        filename: attachment.filename,
        content_type: attachment.contentType,
        size: attachment.content.byteLength,
        content: attachment.omitted ? null : Buffer.from(attachment.content),
        omitted: attachment.omitted ?? null,
      })),
    )
    .onConflict((oc) => oc.columns(['inbound_email_id', 'position']).doNothing())
    .execute();
}

export async function findInboundEmailById(db: Executor, id: string): Promise<InboundEmail | undefined> {
  const row = await db.selectFrom('inbound_emails').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? inboundEmailRowToInboundEmail(row) : undefined;
}

/** Newest first, optionally of one status. */
export async function listInboundEmails(
  db: Executor,
  options: { status?: InboundEmailStatus | undefined; limit: number },
): Promise<InboundEmail[]> {
  let query = db
    .selectFrom('inbound_emails')
    .select(COLUMNS)
    .orderBy('received_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit);
  if (options.status) query = query.where('status', '=', options.status);
  const rows = await query.execute();
  return rows.map(inboundEmailRowToInboundEmail);
}

export async function listInboundAttachments(
  db: Executor,
  inboundEmailId: string,
): Promise<InboundAttachment[]> {
  const rows = await db
    .selectFrom('inbound_email_attachments')
    .select(['id', 'inbound_email_id', 'filename', 'content_type', 'size', 'omitted'])
    .where('inbound_email_id', '=', inboundEmailId)
    .orderBy('position')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    inboundEmailId: row.inbound_email_id,
    filename: row.filename,
    contentType: row.content_type,
    size: row.size,
    omitted: row.omitted ?? undefined,
  }));
}

/** One kept attachment's bytes; undefined when there is none (or it was not kept). */
export async function findInboundAttachmentContent(
  db: Executor,
  inboundEmailId: string,
  attachmentId: string,
): Promise<{ filename: string; content: Buffer } | undefined> {
  const row = await db
    .selectFrom('inbound_email_attachments')
    .select(['filename', 'content'])
    .where('inbound_email_id', '=', inboundEmailId)
    .where('id', '=', attachmentId)
    .executeTakeFirst();
  return row?.content ? { filename: row.filename, content: row.content } : undefined;
}
