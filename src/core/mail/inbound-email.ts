import type { AutomationFacts } from './automated-mail.ts';
import type { RecipientReport } from './delivery-report.ts';
import type { MailAuthentication } from './mail-authentication.ts';

/** Where a customer's mail reached us: the built-in SMTP listener or an IMAP mailbox. */
export const INBOUND_SOURCES = ['smtp', 'imap'] as const;
export type InboundSource = (typeof INBOUND_SOURCES)[number];

/**
 * received → threaded (on a case's timeline), ignored (an auto-reply or bounce: `problem` says why)
 * or flagged (it could not be read or trusted: kept raw, shown in the console, can be re-run).
 */
export const INBOUND_EMAIL_STATUSES = ['received', 'threaded', 'ignored', 'flagged'] as const;
export type InboundEmailStatus = (typeof INBOUND_EMAIL_STATUSES)[number];

/**
 * The largest message the listener takes (25 MiB, what common providers accept): announced in EHLO's
 * SIZE, refused with 552 before DATA when the sender declares more, and during DATA when it sends more.
 */
export const MAX_INBOUND_EMAIL_BYTES = 25 * 1024 * 1024;
/**
 * Connections the SMTP listener holds at once, from everyone (Postfix's default process limit), and
 * from one address: a sender past them hears 421 and tries again later. Without them one client could
 * open thousands of idle connections, each held until the idle timeout and each a file descriptor the
 * HTTP server and the database pool need too; a client trickling a byte a second is never idle, so the
 * limit per address is what bounds it.
 */
export const MAX_SMTP_CONNECTIONS = 100;
export const MAX_SMTP_CONNECTIONS_PER_ADDRESS = 20;
/**
 * Bytes of messages the SMTP listener holds at once, across connections, while they arrive and until
 * they are stored (ten messages of the largest size). A message that would pass it hears 452 and is
 * sent again later. Without it, twenty connections from one address sending 24 MB each took the
 * process from 0.4 to 1.6 GB; a hundred would take several.
 */
export const MAX_SMTP_BUFFERED_BYTES = 256 * 1024 * 1024;
/**
 * Recipients of one message: RFC 5321 (4.5.3.1.8) asks a server to take at least 100; past it the
 * sender hears 452 and sends the rest in another transaction. Every recipient is our one mailbox.
 */
export const MAX_INBOUND_RECIPIENTS = 100;
/** One attachment larger than this is listed but not kept (the raw message still has it). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Attachments kept per mail, together; the ones past it are listed but not kept. */
export const MAX_ATTACHMENT_BYTES_PER_EMAIL = 20 * 1024 * 1024;
/** Attachments listed per mail; a mail with thousands of parts is not a customer writing. */
export const MAX_ATTACHMENTS_PER_EMAIL = 50;

export type InboundEmail = {
  id: string;
  receivedAt: Date;
  source: InboundSource;
  size: number;
  /** MAIL FROM; '' for the null reverse path `<>` that bounces use; undefined when not known. */
  envelopeFrom: string | undefined;
  envelopeTo: string[];
  remoteAddress: string | undefined;
  status: InboundEmailStatus;
  problem: string | undefined;
  messageId: string | undefined;
  inReplyTo: string | undefined;
  references: string[];
  fromAddress: string | undefined;
  fromName: string | undefined;
  subject: string | undefined;
  textBody: string | undefined;
  /** The HTML part after sanitising: safe to show in a sandboxed frame. */
  htmlBody: string | undefined;
  authentication: MailAuthentication | undefined;
  caseId: string | undefined;
  caseEventId: number | undefined;
  attempts: number;
  processedAt: Date | undefined;
};

export type InboundAttachment = {
  id: string;
  inboundEmailId: string;
  filename: string;
  /** As the sender declared it; never used to serve the file. */
  contentType: string;
  size: number;
  /** Why the file was not kept (too big), or undefined when it can be downloaded. */
  omitted: string | undefined;
};

/** An attachment as read from the message, before the limits decide what is kept. */
export type ReadAttachment = { filename: string; contentType: string; content: Uint8Array };

/**
 * Which attachments are kept: in order, each at most MAX_ATTACHMENT_BYTES and all together at most
 * MAX_ATTACHMENT_BYTES_PER_EMAIL, at most MAX_ATTACHMENTS_PER_EMAIL listed. A file is stored as it
 * came — an archive is never unpacked, so a zip bomb is a few kilobytes of bytes, nothing more.
 */
export function keepAttachments(
  attachments: readonly ReadAttachment[],
): { attachment: ReadAttachment; omitted: string | undefined }[] {
  let kept = 0;
  return attachments.slice(0, MAX_ATTACHMENTS_PER_EMAIL).map((attachment) => {
    const size = attachment.content.byteLength;
    if (size > MAX_ATTACHMENT_BYTES)
      return { attachment, omitted: `larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB` };
    if (kept + size > MAX_ATTACHMENT_BYTES_PER_EMAIL)
      return {
        attachment,
        omitted: `the mail's attachments together passed ${MAX_ATTACHMENT_BYTES_PER_EMAIL / 1024 / 1024} MB`,
      };
    kept += size;
    return { attachment, omitted: undefined };
  });
}

/**
 * Characters that change how a name reads but draw nothing: bidirectional overrides and isolates
 * (U+202E makes "invoice\u202Efdp.exe" read "invoiceexe.pdf"), zero-width characters, the BOM.
 */
const INVISIBLE_FORMATTING = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * A downloadable file name: no path, no control characters, quotes or invisible formatting (a
 * right-to-left override would show "invoice\u202Efdp.exe" as a PDF), at most 200 characters; the
 * sender's name is theirs to choose, and it ends up in a header, on screen and on someone's disk.
 *
 * @example safeFilename('../../etc/passwd') // 'passwd'
 * @example safeFilename('invoice\u202Efdp.exe') // 'invoicefdp.exe'
 */
export function safeFilename(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop()?.replace(INVISIBLE_FORMATTING, '') ?? '';
  const printable = [...base]
    .filter((c) => c >= ' ' && !(c >= '\u007f' && c <= '\u009f') && c !== '"')
    .join('');
  const clean = printable.trim().replace(/^\.+/, '');
  return clean.slice(-200) || 'attachment';
}

/**
 * The HTML of a mail is shown (sanitised) only within these: nested at most 500 elements deep (the
 * deepest real mail we have nests 45) and at most 50,000 elements (a large newsletter has a few
 * thousand). Past them it is not shown — the mail's text is — because the sanitiser's time grows with
 * the square of the depth: 100,000 nested <div>s (1.1 MB) held the whole process for 25 s; within
 * them a mail takes at most ~0.3 s.
 */
export const MAX_HTML_DEPTH = 500;
export const MAX_HTML_ELEMENTS = 50_000;

/**
 * The longest Message-ID we keep (In-Reply-To and References too). Real ones are well under 100
 * characters; a longer one is a made-up header: kept, it failed the index on Message-IDs (an entry
 * holds at most 2,704 bytes) and left its mail unprocessed, retried for days.
 */
export const MAX_MESSAGE_ID_LENGTH = 250;
/** References kept per mail: the first (the thread's start) and the latest (RFC 5322 allows trimming). */
export const MAX_INBOUND_REFERENCES = 100;

/**
 * A Message-ID as we keep and look it up: `<…>`, at most 250 characters, no space, bracket or control
 * character inside (so also none PostgreSQL cannot store).
 */
export function isReadableMessageId(value: string): boolean {
  return (
    value.length <= MAX_MESSAGE_ID_LENGTH &&
    value.isWellFormed() &&
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses.
    /^<[^<>\s\u0000-\u001f\u007f]+>$/.test(value)
  );
}

/** The References we keep: each readable, at most MAX_INBOUND_REFERENCES, the first and the latest ones. */
export function keptReferences(ids: readonly string[]): string[] {
  const readable = ids.filter(isReadableMessageId);
  return readable.length > MAX_INBOUND_REFERENCES
    ? [readable[0] as string, ...readable.slice(-(MAX_INBOUND_REFERENCES - 1))]
    : readable;
}

/**
 * True for a sender address a case and a customer may be made of: at most 254 characters (RFC 5321),
 * something on each side of the last @, nothing that cannot be in an address we could write back to
 * (spaces, control characters, quotes, brackets, U+FFFD where a byte could not be read), and a domain
 * that could be a host's name. A From
 * without one is treated as having no sender we can read: flagged for a person, never a new customer.
 *
 * @example isReadableSenderAddress('ann@example.com') // true
 * @example isReadableSenderAddress('ann\ufffd@example.com') // false
 */
export function isReadableSenderAddress(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (address.length > 254 || at <= 0 || at > 64 || at === address.length - 1) return false;
  // A domain is labels of letters, digits and hyphens (any script's): `customer.test?=` is no host we
  // could write to, however the local part reads.
  if (!/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*$/u.test(address.slice(at + 1))) return false;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses.
  return !/[\s\u0000-\u001f\u007f-\u009f"(),:;<>[\\\]\ufffd]/.test(address);
}

/**
 * What reading a raw message found (src/mail/in fills it with postal-mime, mailauth and the reply
 * extractor): every text already storable, the HTML already sanitised.
 */
export type ReadInboundEmail = {
  messageId: string | undefined;
  inReplyTo: string | undefined;
  references: string[];
  /** The first From mailbox: address lower-case; undefined when the mail has none we can read. */
  from: { address: string; name: string | undefined } | undefined;
  /** Every address it was sent to, as headers say: To, Cc, Delivered-To, X-Original-To. */
  recipients: string[];
  subject: string | undefined;
  textBody: string | undefined;
  htmlBody: string | undefined;
  /** The customer's own new words: quoted history and signature removed. */
  visibleText: string;
  automation: AutomationFacts;
  /** A bounce's per-recipient reports, and the Message-ID of the mail it returns. */
  deliveryReports: RecipientReport[];
  originalMessageId: string | undefined;
  attachments: ReadAttachment[];
  authentication: MailAuthentication;
};
