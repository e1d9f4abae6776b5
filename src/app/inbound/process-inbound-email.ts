import { classifyAutomatedMail } from '../../core/mail/automated-mail.ts';
import { MAX_INBOUND_EMAIL_BYTES, type ReadInboundEmail } from '../../core/mail/inbound-email.ts';
import { AppError } from '../../core/shared/app-error.ts';
import {
  findReceivedInboundEmails,
  finishInboundEmails,
  type InboundFinish,
  type InboundReading,
  lockReceivedInboundEmails,
  type RawInboundEmail,
} from '../../store/inbound-email.store.ts';
import type { AppContext } from '../context.ts';
import { recordBounce } from './record-bounce.ts';
import { threadInboundEmails } from './thread-inbound-email.ts';

/**
 * Reads a raw message (src/mail/in: MIME, DKIM/SPF/DMARC, the visible reply). Handed in by the job,
 * so this use case knows nothing of mail libraries and a test can give a reader of its own.
 */
export type InboundReader = (
  raw: Buffer,
  envelope: { envelopeFrom: string | undefined; remoteAddress: string | undefined; helo: string | undefined },
) => Promise<ReadInboundEmail>;

export type InboundOutcome =
  | { status: 'skipped' }
  | { status: 'threaded'; caseId: string; caseEventId: number; openedCase: boolean }
  | { status: 'ignored' | 'flagged'; why: string; caseId?: string | undefined };

/**
 * A received email after reading, before anything is written: either read, or already judged
 * unreadable (too big, not a mail) — the first step of processing, which needs no lock.
 */
export type ReadEmail =
  | { id: string; envelopeTo: string[]; message: ReadInboundEmail; reading: InboundReading }
  | { id: string; envelopeTo: string[]; unreadable: string };

/**
 * Processes one received email, once: a mail that cannot be read, is too big or cannot be trusted is
 * flagged (kept raw, shown in the console, re-runnable); an auto-reply or bounce is ignored (a bounce
 * suppresses the address and shows on the case its mail came from); any other reaches a case's
 * timeline (core/mail/inbound-threading.ts). Nothing here ever sends mail, so no loop can start.
 * A database failure throws, for the job to retry. The same steps as a batch (processInboundEmails),
 * for a batch of one.
 */
export async function processInboundEmail(
  ctx: AppContext,
  id: string,
  read: InboundReader,
): Promise<InboundOutcome> {
  const [email] = await readInboundEmails(ctx, [id], read);
  if (!email) return { status: 'skipped' };
  return settleInboundEmail(ctx, email);
}

/**
 * processInboundEmail for a batch (the in-process hand-off of app/inbound/inbound-processor.ts):
 * read each, then settle them all in one transaction, then thread alone each mail that opens a case.
 * Throws on a database failure, with nothing of the batch's transaction kept.
 */
export async function processInboundEmails(
  ctx: AppContext,
  ids: readonly string[],
  read: InboundReader,
): Promise<Map<string, InboundOutcome>> {
  const emails = await readInboundEmails(ctx, ids, read);
  const { outcomes, deferred } = await settleInboundEmails(ctx, emails);
  for (const email of deferred) outcomes.set(email.id, await settleInboundEmail(ctx, email));
  return outcomes;
}

/**
 * The first step: the raw bytes of those still `received` (`known`: mails as stored, handed over
 * with their bytes; whether each is still waiting is settled later, under its lock), read (CPU only,
 * no lock held). A mail too big or that cannot be read is judged here, and flagged when settled.
 */
export async function readInboundEmails(
  ctx: AppContext,
  ids: readonly string[],
  read: InboundReader,
  known: readonly RawInboundEmail[] = [],
): Promise<ReadEmail[]> {
  const found = new Map(known.map((raw) => [raw.id, raw]));
  const unknown = ids.filter((id) => !found.has(id));
  for (const raw of await findReceivedInboundEmails(ctx.db, unknown)) found.set(raw.id, raw);
  // In the order given (the order they arrived): one sender's mails are threaded in that order. One
  // at a time: reading is CPU work, and a hundred parses at once only hold more memory for the
  // collector to go through.
  const emails: ReadEmail[] = [];
  for (const raw of ids.flatMap((id) => found.get(id) ?? [])) {
    const { id, envelopeTo } = raw;
    if (raw.raw.byteLength > MAX_INBOUND_EMAIL_BYTES) {
      emails.push({
        id,
        envelopeTo,
        unreadable: `it is larger than ${MAX_INBOUND_EMAIL_BYTES / 1024 / 1024} MB`,
      });
      continue;
    }
    try {
      const message = await read(raw.raw, raw);
      emails.push({ id, envelopeTo, message, reading: readingOf(message) });
    } catch (error) {
      emails.push({
        id,
        envelopeTo,
        unreadable: `it could not be read: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return emails;
}

/**
 * The second step, for emails read together: one transaction that takes those still `received`
 * (another run has the rest), flags the unreadable, ignores auto-replies, records bounces and threads
 * the others. Mails that open a case come back in `deferred`, still `received`, for
 * settleInboundEmail one by one.
 */
export async function settleInboundEmails(
  ctx: AppContext,
  emails: readonly ReadEmail[],
): Promise<{ outcomes: Map<string, InboundOutcome>; deferred: ReadEmail[] }> {
  if (emails.length === 0) return { outcomes: new Map(), deferred: [] };
  return settle(ctx, emails, { openCases: false });
}

/**
 * The second step for one email, opening a case when it needs one; a mail whose new case nobody can
 * own is flagged instead.
 */
export async function settleInboundEmail(ctx: AppContext, email: ReadEmail): Promise<InboundOutcome> {
  try {
    const { outcomes } = await settle(ctx, [email], { openCases: true });
    return outcomes.get(email.id) ?? { status: 'skipped' };
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'NO_AVAILABLE_OWNER')) throw error;
    const why = `nobody can own a new case: ${error.message}`;
    const reading = 'reading' in email ? email.reading : undefined;
    const moved = await finishInboundEmails(
      ctx.db,
      [{ id: email.id, status: 'flagged', problem: why, reading }],
      ctx.now(),
    );
    return moved.has(email.id) ? { status: 'flagged', why } : { status: 'skipped' };
  }
}

async function settle(
  ctx: AppContext,
  emails: readonly ReadEmail[],
  options: { openCases: boolean },
): Promise<{ outcomes: Map<string, InboundOutcome>; deferred: ReadEmail[] }> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.now();
    const locked = await lockReceivedInboundEmails(
      trx,
      emails.map((email) => email.id),
    );
    const outcomes = new Map<string, InboundOutcome>();
    const finishes: InboundFinish[] = [];
    const threadable: Extract<ReadEmail, { message: ReadInboundEmail }>[] = [];
    for (const email of emails) {
      if (!locked.has(email.id)) {
        outcomes.set(email.id, { status: 'skipped' });
        continue;
      }
      if ('unreadable' in email) {
        finishes.push({ id: email.id, status: 'flagged', problem: email.unreadable, reading: undefined });
        outcomes.set(email.id, { status: 'flagged', why: email.unreadable });
        continue;
      }
      const { id, message, reading } = email;
      const automation = classifyAutomatedMail(message.automation);
      if (automation.kind === 'bounce') {
        const bounce = await recordBounce(trx, now, id, message, reading, automation.why);
        finishes.push(bounce.finish);
        outcomes.set(id, bounce.outcome);
      } else if (automation.kind === 'auto_reply') {
        const why = `an automatic reply (${automation.why}): never answered, opens no case`;
        finishes.push({ id, status: 'ignored', problem: why, reading });
        outcomes.set(id, { status: 'ignored', why });
      } else threadable.push(email);
    }
    await finishInboundEmails(trx, finishes, now);
    const threaded = await threadInboundEmails(trx, ctx.linkSecret, now, threadable, options);
    for (const [id, outcome] of threaded.outcomes) outcomes.set(id, outcome);
    return { outcomes, deferred: threaded.deferred };
  });
}

/**
 * After the job's last attempt failed (the database kept refusing): the mail is flagged so a person
 * sees it and can re-run it, instead of it waiting unseen.
 */
export async function flagInboundEmail(ctx: AppContext, id: string, why: string): Promise<void> {
  await finishInboundEmails(ctx.db, [{ id, status: 'flagged', problem: why, reading: undefined }], ctx.now());
}

function readingOf(read: ReadInboundEmail): InboundReading {
  return {
    messageId: read.messageId,
    inReplyTo: read.inReplyTo,
    references: read.references,
    fromAddress: read.from?.address,
    fromName: read.from?.name,
    subject: read.subject,
    textBody: read.textBody,
    htmlBody: read.htmlBody,
    authentication: read.authentication,
  };
}
