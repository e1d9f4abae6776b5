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
import { PROCESS_INBOUND_EMAIL, queueRowJobs, rowJobSpecs } from './job.store.ts';
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

function inboundEmailRowToInboundEmail(row: Omit<InboundEmailRow, 'raw' | 'raw_sha256'>): InboundEmail {
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

type NewInboundEmail = {
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

/**
 * Group commit's one statement, its own transaction: stores a batch of messages raw, each under the
 * id the caller chose (so each sender learns its own), in one round trip and one commit — a WAL flush
 * shared by every message of the batch. With `queueJobs` (no processor in this process to hand them
 * to) their processing jobs are queued in the same statement; without, the `received` status is the
 * durable note that they wait (app/inbound/inbound-processor.ts, and the sweep at start and by cron).
 * Only for messages taken over SMTP: an IMAP message's uniqueness is insertInboundEmail's.
 */
export async function insertInboundEmails(
  db: Executor,
  emails: readonly (Omit<NewInboundEmail, 'mailbox'> & { id: string })[],
  options: { queueJobs: boolean },
): Promise<void> {
  if (emails.length === 0) return;
  // One row of VALUES per message: each raw message is a parameter of its own, which the driver
  // sends as binary (in an array it would be hex text, encoded here and decoded there).
  const stored = db
    .insertInto('inbound_emails')
    .values(
      emails.map((email) => ({
        id: email.id,
        raw: email.raw,
        size: email.raw.byteLength,
        source: email.source,
        envelope_from: email.envelopeFrom ?? null,
        envelope_to: [...email.envelopeTo],
        remote_address: email.remoteAddress ?? null,
        helo: email.helo ?? null,
        received_at: email.receivedAt,
      })),
    )
    .returning('id');
  if (!options.queueJobs) {
    await stored.execute();
    return;
  }
  await db
    .with('stored', () => stored)
    .selectNoFrom(
      sql<number>`(SELECT count(*) FROM graphile_worker.add_jobs(
        ${rowJobSpecs(PROCESS_INBOUND_EMAIL, sql`SELECT id FROM stored`)}))`.as('queued'),
    )
    .execute();
}

/**
 * Queues the processing job of every email still `received` that has none, in one statement: mail a
 * process stored and handed to its in-process processor but died before it was processed (or whose
 * hand-off failed). `receivedBefore` leaves the recent ones to the processor that has them; without
 * it, all (at a start). A mail taken twice is harmless: each run locks it and acts only while it is
 * `received`. Returns how many were queued.
 */
export async function queueJobsForWaitingInboundEmails(
  db: Executor,
  receivedBefore: Date | undefined,
): Promise<number> {
  const waiting = sql`
    SELECT e.id FROM inbound_emails AS e
    WHERE e.status = 'received'
      AND (${receivedBefore?.toISOString() ?? null}::timestamptz IS NULL OR e.received_at < ${receivedBefore?.toISOString() ?? null}::timestamptz)
      AND NOT EXISTS (
        SELECT 1 FROM graphile_worker._private_jobs AS job
        WHERE job.key = ${PROCESS_INBOUND_EMAIL.keyPrefix}::text || ':' || e.id)`;
  const { rows } = await sql<{ queued: number }>`
    SELECT count(*)::int AS queued FROM graphile_worker.add_jobs(${rowJobSpecs(PROCESS_INBOUND_EMAIL, waiting)})
  `.execute(db);
  return rows[0]?.queued ?? 0;
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
 * The bytes and envelope of the emails of `ids` still waiting to be processed, in one statement (those
 * no longer waiting are left out). A read only: an attempt is counted when processing finishes it.
 */
export async function findReceivedInboundEmails(
  db: Executor,
  ids: readonly string[],
): Promise<RawInboundEmail[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('inbound_emails')
    .select(['id', 'status', 'raw', 'envelope_from', 'envelope_to', 'remote_address', 'helo'])
    .where('id', 'in', [...ids])
    .where('status', '=', 'received')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    raw: row.raw,
    envelopeFrom: row.envelope_from ?? undefined,
    envelopeTo: row.envelope_to,
    remoteAddress: row.remote_address ?? undefined,
    helo: row.helo ?? undefined,
  }));
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
 * Locks the emails of `ids` still `received` for processing and returns them; one that another
 * transaction is processing right now is skipped (it is that one's), not waited for. The caller's
 * transaction then commits without waiting for its WAL to reach the disk (set in the same round
 * trip): the raw mail is already durable (accepted with a synchronous commit), so a crash that
 * loses this commit leaves the emails `received`, processed again after the restart (the worker's
 * start queues them) — nothing lost, and nothing threaded twice, as the lost commit took its
 * effects with it.
 */
export async function lockReceivedInboundEmails(trx: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const { rows } = await sql<{ id: string }>`
    WITH locked AS (
      SELECT id FROM inbound_emails WHERE id = ANY(${[...ids]}::uuid[]) AND status = 'received'
      FOR UPDATE SKIP LOCKED
    )
    SELECT id FROM locked, (SELECT set_config('synchronous_commit', 'off', true)) AS relaxed
  `.execute(trx);
  return new Set(rows.map((row) => row.id));
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

/** One email's outcome, for finishInboundEmails. */
export type InboundFinish = {
  id: string;
  status: Exclude<InboundEmailStatus, 'received'>;
  problem: string | undefined;
  reading: InboundReading | undefined;
  caseId?: string | undefined;
  caseEventId?: number | undefined;
};

/**
 * Moves each email still `received` to where processing left it, with what reading found (when it
 * could read it), its attempt counted — a whole batch in one statement. Returns the ids moved.
 */
export async function finishInboundEmails(
  db: Executor,
  finishes: readonly InboundFinish[],
  now: Date,
): Promise<Set<string>> {
  if (finishes.length === 0) return new Set();
  const records = finishes.map((f) => ({
    id: f.id,
    status: f.status,
    problem: f.problem ?? null,
    case_id: f.caseId ?? null,
    case_event_id: f.caseEventId ?? null,
    read: f.reading !== undefined,
    message_id: f.reading?.messageId ?? null,
    in_reply_to: f.reading?.inReplyTo ?? null,
    message_references: f.reading?.references ?? [],
    from_address: f.reading?.fromAddress ?? null,
    from_name: f.reading?.fromName ?? null,
    subject: f.reading?.subject ?? null,
    text_body: f.reading?.textBody ?? null,
    html_body: f.reading?.htmlBody ?? null,
    auth: f.reading?.authentication ?? null,
  }));
  // Without a reading (unreadable, too big) the lookup fields stay as they were: nothing was found.
  const kept = (column: string) => sql.raw(`CASE WHEN v.read THEN v.${column} ELSE e.${column} END`);
  const { rows } = await sql<{ id: string }>`
    UPDATE inbound_emails AS e SET
      status = v.status, attempts = e.attempts + 1, problem = v.problem, case_id = v.case_id,
      case_event_id = v.case_event_id, processed_at = ${now},
      message_id = ${kept('message_id')}, in_reply_to = ${kept('in_reply_to')},
      message_references = CASE WHEN v.read
        THEN ARRAY(SELECT jsonb_array_elements_text(v.message_references)) ELSE e.message_references END,
      from_address = ${kept('from_address')}, from_name = ${kept('from_name')}, subject = ${kept('subject')},
      text_body = ${kept('text_body')}, html_body = ${kept('html_body')}, auth = ${kept('auth')}
    FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS v(
      id uuid, status text, problem text, case_id uuid, case_event_id bigint, read boolean, message_id text,
      in_reply_to text, message_references jsonb, from_address text, from_name text, subject text,
      text_body text, html_body text, auth jsonb)
    WHERE e.id = v.id AND e.status = 'received'
    RETURNING e.id
  `.execute(db);
  return new Set(rows.map((row) => row.id));
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

/**
 * The first facts threading needs for a batch of mails, in one statement: the cases of these reply
 * keys (core/case/case-links.ts; the caller read them from each mail's recipients), with their
 * customers' addresses, and for each mail with a Message-ID an earlier email from the same sender
 * with that Message-ID that already reached a case (a redelivery).
 */
export async function findReplyKeyCasesAndDuplicates(
  db: Executor,
  input: {
    replyKeys: readonly string[];
    mails: readonly { id: string; messageId: string | undefined; fromAddress: string | undefined }[];
  },
): Promise<{
  replyKeyCases: Map<string, CaseFact>;
  duplicates: Map<string, { id: string; caseId: string }>;
}> {
  const mails = input.mails;
  const { rows } = await sql<{
    kind: 'reply_key' | 'duplicate';
    of: string;
    id: string;
    emails: string[] | null;
  }>`
    SELECT 'reply_key' AS kind, cases.reply_key AS of, cases.id::text AS id, customers.emails
    FROM cases JOIN customers ON customers.id = cases.customer_id
    WHERE cases.reply_key = ANY(${[...new Set(input.replyKeys)]}::text[])
    UNION ALL
    SELECT 'duplicate', mail.id::text, earlier.id::text || ' ' || earlier.case_id::text, NULL
    FROM unnest(${mails.map((m) => m.id)}::uuid[], ${mails.map((m) => m.messageId ?? null)}::text[],
                ${mails.map((m) => m.fromAddress ?? null)}::text[]) AS mail(id, message_id, from_address)
    CROSS JOIN LATERAL (
      -- The same Message-ID; or, for a mail without one, the very same bytes (a server resending a
      -- message whose 250 it never heard sends its copy as it was). Each branch finds its few
      -- candidates by its own index alone (message_id; raw_sha256 where message_id IS NULL) and
      -- filters them after (OFFSET 0 keeps the filters out of the scan): a CASE choosing between the
      -- columns hid both indexes, and a status condition in the scan let the planner, misled by a
      -- young table's statistics, AND in the status index, which lists nearly every mail. Either
      -- way each mail read every stored mail (the mail-in bench slowed round after round).
      SELECT same.id, same.case_id FROM (
        SELECT e.id, e.case_id, e.status, e.from_address FROM inbound_emails e
        WHERE mail.message_id IS NOT NULL AND e.message_id = mail.message_id
        UNION ALL
        SELECT e.id, e.case_id, e.status, e.from_address FROM inbound_emails e
        WHERE mail.message_id IS NULL AND e.message_id IS NULL
          AND e.raw_sha256 = (SELECT raw_sha256 FROM inbound_emails WHERE id = mail.id)
        OFFSET 0
      ) AS same
      WHERE same.id <> mail.id AND same.status = 'threaded'
        AND same.from_address IS NOT DISTINCT FROM mail.from_address AND same.case_id IS NOT NULL
      LIMIT 1
    ) AS earlier
  `.execute(db);
  const replyKeyCases = new Map<string, CaseFact>();
  const duplicates = new Map<string, { id: string; caseId: string }>();
  for (const row of rows) {
    if (row.kind === 'reply_key')
      replyKeyCases.set(row.of, { caseId: row.id, customerEmails: row.emails ?? [] });
    else {
      const [id = '', caseId = ''] = row.id.split(' ');
      duplicates.set(row.of, { id, caseId });
    }
  }
  return { replyKeyCases, duplicates };
}

/**
 * The later facts threading needs, for the mails their reply address did not settle, in one
 * statement: the cases these Message-IDs belong to (our own mail's, in outbound_emails, or a
 * customer's earlier mail that reached a case), with their customers' addresses, and the active
 * (open or acknowledged) cases of every customer with each sender's address, oldest first.
 */
export async function findReferencedAndSenderCases(
  db: Executor,
  input: { messageIds: readonly string[]; senders: readonly string[] },
): Promise<{ referencedCases: Map<string, CaseFact>; senderActiveCaseIds: Map<string, string[]> }> {
  const { rows } = await sql<{
    kind: 'reference' | 'sender';
    of: string;
    ids: string[];
    emails: string[] | null;
  }>`
    SELECT 'reference' AS kind, found.message_id AS of, ARRAY[found.case_id::text] AS ids, customers.emails
    FROM (
      SELECT message_id, case_id FROM outbound_emails
      WHERE message_id = ANY(${[...new Set(input.messageIds)]}::text[]) AND case_id IS NOT NULL
      UNION ALL
      SELECT message_id, case_id FROM inbound_emails
      WHERE message_id = ANY(${[...new Set(input.messageIds)]}::text[]) AND case_id IS NOT NULL
    ) AS found
    JOIN cases ON cases.id = found.case_id
    JOIN customers ON customers.id = cases.customer_id
    UNION ALL
    SELECT 'sender', sender.address, ARRAY(
      SELECT cases.id::text FROM cases
      WHERE cases.status IN ('open', 'acknowledged')
        AND cases.customer_id = ANY(ARRAY(SELECT id FROM customers WHERE emails && ARRAY[sender.address]))
      ORDER BY cases.opened_at), NULL
    FROM unnest(${[...new Set(input.senders)]}::text[]) AS sender(address)
  `.execute(db);
  const referencedCases = new Map<string, CaseFact>();
  const senderActiveCaseIds = new Map<string, string[]>();
  for (const row of rows) {
    if (row.kind === 'reference')
      referencedCases.set(row.of, { caseId: row.ids[0] ?? '', customerEmails: row.emails ?? [] });
    else senderActiveCaseIds.set(row.of, row.ids);
  }
  return { referencedCases, senderActiveCaseIds };
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

/** The attachments of several emails, in one statement (a second run of an email adds nothing). */
export async function insertInboundAttachments(
  db: Executor,
  attachments: readonly {
    inboundEmailId: string;
    position: number;
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
      attachments.map((attachment) => ({
        inbound_email_id: attachment.inboundEmailId,
        position: attachment.position,
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
