import { classifyAutomatedMail } from '../../core/mail/automated-mail.ts';
import { MAX_INBOUND_EMAIL_BYTES, type ReadInboundEmail } from '../../core/mail/inbound-email.ts';
import { AppError } from '../../core/shared/app-error.ts';
import {
  findReceivedInboundEmail,
  finishInboundEmail,
  type InboundReading,
} from '../../store/inbound-email.store.ts';
import type { AppContext } from '../context.ts';
import { recordBounce } from './record-bounce.ts';
import { threadInboundEmail } from './thread-inbound-email.ts';

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
 * Processes one received email, once: a mail that cannot be read, is too big or cannot be trusted is
 * flagged (kept raw, shown in the console, re-runnable); an auto-reply or bounce is ignored (a bounce
 * suppresses the address and shows on the case its mail came from); any other reaches a case's
 * timeline (core/mail/inbound-threading.ts). Nothing here ever sends mail, so no loop can start.
 * A database failure throws, for the job to retry.
 */
export async function processInboundEmail(
  ctx: AppContext,
  id: string,
  read: InboundReader,
): Promise<InboundOutcome> {
  const email = await findReceivedInboundEmail(ctx.db, id);
  if (!email) return { status: 'skipped' };
  const flag = async (why: string, reading?: InboundReading): Promise<InboundOutcome> => {
    await finishInboundEmail(ctx.db, id, { status: 'flagged', problem: why, reading, now: ctx.now() });
    return { status: 'flagged', why };
  };
  if (email.raw.byteLength > MAX_INBOUND_EMAIL_BYTES)
    return flag(`it is larger than ${MAX_INBOUND_EMAIL_BYTES / 1024 / 1024} MB`);
  let message: ReadInboundEmail;
  try {
    message = await read(email.raw, email);
  } catch (error) {
    return flag(`it could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const reading = readingOf(message);
  const automation = classifyAutomatedMail(message.automation);
  if (automation.kind === 'bounce') return recordBounce(ctx, id, message, reading, automation.why);
  if (automation.kind === 'auto_reply') {
    const why = `an automatic reply (${automation.why}): never answered, opens no case`;
    await finishInboundEmail(ctx.db, id, { status: 'ignored', problem: why, reading, now: ctx.now() });
    return { status: 'ignored', why };
  }
  try {
    return await threadInboundEmail(ctx, id, message, reading, email.envelopeTo);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NO_AVAILABLE_OWNER')
      return flag(`nobody can own a new case: ${error.message}`, reading);
    throw error;
  }
}

/**
 * After the job's last attempt failed (the database kept refusing): the mail is flagged so a person
 * sees it and can re-run it, instead of it waiting unseen.
 */
export async function flagInboundEmail(ctx: AppContext, id: string, why: string): Promise<void> {
  await finishInboundEmail(ctx.db, id, {
    status: 'flagged',
    problem: why,
    reading: undefined,
    now: ctx.now(),
  });
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
