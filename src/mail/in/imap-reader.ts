import { ImapFlow } from 'imapflow';
import type { AppContext } from '../../app/context.ts';
import { acceptInboundEmail } from '../../app/inbound/accept-inbound-email.ts';
import { claimImapMailbox, type MailboxClaim } from '../../app/inbound/claim-imap-mailbox.ts';
import { findLastTakenImapUid, findTakenImapMessageIds } from '../../app/inbound/find-imap-progress.ts';
import { MAX_INBOUND_EMAIL_BYTES } from '../../core/mail/inbound-email.ts';

export type ImapReaderOptions = {
  mailbox: {
    host: string;
    port: number;
    /** TLS from the start; otherwise STARTTLS when the server offers it. */
    secure: boolean;
    user: string;
    password: string;
    folder: string;
    /** Names the mailbox in the database (user@host/folder): the claim and every taken mail carry it. */
    name: string;
    /** Where a taken mail is moved; undefined: it is marked \Seen where it is. */
    moveTo?: string | undefined;
  };
  /** How often the mailbox is asked for new mail when IDLE brings no news (and without IDLE). */
  pollMs: number;
  /** The largest message taken; default MAX_INBOUND_EMAIL_BYTES (25 MiB), as the SMTP listener. */
  maxBytes?: number | undefined;
  /** How long to wait before asking again for a mailbox another instance is reading. */
  claimRetryMs?: number | undefined;
  /** The first wait before reconnecting after a failure; it doubles up to `maxBackoffMs`. */
  firstBackoffMs?: number | undefined;
  maxBackoffMs?: number | undefined;
  /** Told what happens (the runtime logs failures; tests wait on events). */
  onEvent?: ((event: ImapReaderEvent) => void) | undefined;
};

export type ImapReaderEvent =
  | { kind: 'claimed' }
  | { kind: 'claimed-elsewhere' }
  | { kind: 'read'; uidValidity: number; taken: number }
  | { kind: 'taken'; uid: number; id: string | undefined }
  | { kind: 'too-large'; uid: number; size: number }
  | { kind: 'failed'; error: unknown; retryInMs: number };

export type ImapReader = { stop(): Promise<void> };

const DEFAULT_CLAIM_RETRY_MS = 30_000;
const DEFAULT_FIRST_BACKOFF_MS = 1_000;
const DEFAULT_MAX_BACKOFF_MS = 60_000;

/**
 * Reads customers' replies from an IMAP mailbox (imapflow) for a business whose support address
 * lives elsewhere, until stopped:
 * - one reader per mailbox across instances: it reads only while it holds the mailbox's claim (an
 *   advisory lock on its own database connection); the others wait and take over when it goes;
 * - every message is stored raw first (app/inbound/accept-inbound-email.ts); only after that commit
 *   is it marked \Seen (or moved), so a crash in between leaves it unread in the mailbox, never lost;
 * - nothing is taken twice: it resumes after the highest UID stored under the mailbox's UIDVALIDITY,
 *   and the database refuses a second copy of one mailbox + UIDVALIDITY + UID. A mailbox new to
 *   Amends, or renumbered by its server (a new UIDVALIDITY), is read from its unread mail, less the
 *   Message-IDs already taken from it;
 * - IDLE tells it of new mail; it also asks every `pollMs` (and imapflow polls with NOOP where the
 *   server has no IDLE);
 * - a failed connection is retried with a doubling wait.
 */
export function startImapReader(ctx: AppContext, options: ImapReaderOptions): ImapReader {
  const { mailbox } = options;
  const emit = (event: ImapReaderEvent) => options.onEvent?.(event);
  const tooLarge = new Set<number>();
  let stopped = false;
  let wake: (() => void) | undefined;
  let client: ImapFlow | undefined;

  /** Waits `ms`, or less when woken (new mail, a lost claim or connection, stop). */
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      }
      wake = done;
      if (stopped) done();
    });

  const run = async () => {
    let failures = 0;
    while (!stopped) {
      let claim: MailboxClaim | undefined;
      try {
        claim = await claimImapMailbox(ctx, mailbox.name);
        if (!claim) {
          emit({ kind: 'claimed-elsewhere' });
          await pause(options.claimRetryMs ?? DEFAULT_CLAIM_RETRY_MS);
          continue;
        }
        emit({ kind: 'claimed' });
        await readWhileClaimed(claim, () => {
          failures = 0;
        });
      } catch (error) {
        if (stopped) break;
        failures++;
        const first = options.firstBackoffMs ?? DEFAULT_FIRST_BACKOFF_MS;
        const retryInMs = Math.min(
          first * 2 ** (failures - 1),
          options.maxBackoffMs ?? DEFAULT_MAX_BACKOFF_MS,
        );
        emit({ kind: 'failed', error, retryInMs });
        await pause(retryInMs);
      } finally {
        await claim?.release();
      }
    }
  };

  const readWhileClaimed = async (claim: MailboxClaim, onHealthy: () => void) => {
    let claimLost = false;
    void claim.lost.then(() => {
      claimLost = true;
      wake?.();
    });
    const session = new ImapFlow({
      host: mailbox.host,
      port: mailbox.port,
      secure: mailbox.secure,
      auth: { user: mailbox.user, pass: mailbox.password },
      logger: false,
      // Where the server has no IDLE, imapflow polls with NOOP this often.
      maxIdleTime: options.pollMs,
      missingIdleCommand: 'NOOP',
    });
    let closed = false;
    let news = false;
    // Errors also reject the command in flight or close the connection; unheard, one would crash the process.
    session.on('error', () => {});
    session.on('close', () => {
      closed = true;
      wake?.();
    });
    session.on('exists', () => {
      news = true;
      wake?.();
    });
    client = session;
    try {
      await session.connect();
      while (!stopped) {
        news = false;
        await claim.verify();
        await takeNewMail(session, () => stopped || claimLost || closed);
        onHealthy();
        if (!news && !stopped) {
          // IDLE until the server tells of new mail (imapflow polls with NOOP where it has no IDLE);
          // the next command ends it. imapflow's own auto-IDLE would wait 15 s to start.
          session.idle().catch(() => {});
          await pause(options.pollMs);
        }
        if (claimLost) throw new Error(`lost the claim on ${mailbox.name}: its database connection ended`);
        if (closed && !stopped) throw new Error(`the IMAP server closed the connection to ${mailbox.name}`);
      }
    } finally {
      client = undefined;
      await session.logout().catch(() => session.close());
    }
  };

  /** Where this session resumes when nothing is stored yet under a UIDVALIDITY: after what it saw. */
  const seenUpTo = new Map<number, number>();

  const takeNewMail = async (session: ImapFlow, interrupted: () => boolean) => {
    const lock = await session.getMailboxLock(mailbox.folder);
    try {
      const box = session.mailbox;
      if (!box) throw new Error(`the IMAP server opened no folder ${mailbox.folder}`);
      const key = { name: mailbox.name, uidValidity: Number(box.uidValidity) };
      const stored = await findLastTakenImapUid(ctx, key);
      const last = Math.max(stored ?? 0, seenUpTo.get(key.uidValidity) ?? 0);
      const uids =
        stored === undefined && !seenUpTo.has(key.uidValidity)
          ? await unreadNotTaken(session)
          : ((await session.search({ uid: `${last + 1}:*` }, { uid: true })) || []).filter(
              (uid) => uid > last,
            );
      const uidNext = Number(box.uidNext);
      let taken = 0;
      for (const uid of uids.sort((a, b) => a - b)) {
        if (interrupted()) return;
        if (await takeMessage(session, key, uid)) taken++;
      }
      // Read to the end: what comes next is new mail, read or not.
      seenUpTo.set(key.uidValidity, Number.isFinite(uidNext) ? Math.max(last, uidNext - 1) : last);
      emit({ kind: 'read', uidValidity: key.uidValidity, taken });
    } finally {
      lock.release();
    }
  };

  /** Unread mail whose Message-ID was not taken from this mailbox before (those are only marked). */
  const unreadNotTaken = async (session: ImapFlow): Promise<number[]> => {
    const unread = (await session.search({ seen: false }, { uid: true })) || [];
    if (unread.length === 0) return [];
    const messageIds = new Map<number, string>();
    for await (const message of session.fetch(unread.join(','), { uid: true, envelope: true }, { uid: true }))
      if (message.envelope?.messageId) messageIds.set(message.uid, message.envelope.messageId);
    const takenBefore = await findTakenImapMessageIds(ctx, mailbox.name, [...messageIds.values()]);
    const again = new Set(unread.filter((uid) => takenBefore.has(messageIds.get(uid) ?? '')));
    for (const uid of again) await markTaken(session, uid);
    return unread.filter((uid) => !again.has(uid));
  };

  /** Stores one message raw, then tells the mailbox. False when it is gone or too large to take. */
  const takeMessage = async (session: ImapFlow, key: { name: string; uidValidity: number }, uid: number) => {
    const meta = await session.fetchOne(String(uid), { uid: true, size: true }, { uid: true });
    if (!meta) return false;
    if ((meta.size ?? 0) > (options.maxBytes ?? MAX_INBOUND_EMAIL_BYTES)) {
      // Left in the mailbox, unread, for a person to see; said once per process.
      if (!tooLarge.has(uid)) emit({ kind: 'too-large', uid, size: meta.size ?? 0 });
      tooLarge.add(uid);
      return false;
    }
    const message = await session.fetchOne(String(uid), { uid: true, source: true }, { uid: true });
    if (message === false || !message.source) return false;
    const { id } = await acceptInboundEmail(ctx, {
      raw: message.source,
      source: 'imap',
      // IMAP keeps no envelope; threading reads the To and Cc headers.
      envelopeTo: [],
      mailbox: { ...key, uid },
    });
    // Committed: only now may the mailbox hear that the mail was taken.
    await markTaken(session, uid);
    emit({ kind: 'taken', uid, id });
    return true;
  };

  const markTaken = async (session: ImapFlow, uid: number) => {
    if (mailbox.moveTo) await session.messageMove(String(uid), mailbox.moveTo, { uid: true });
    else await session.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
  };

  const running = run();
  return {
    async stop() {
      stopped = true;
      wake?.();
      // A reader waiting on a silent server is not kept waiting for its timeout.
      if (client && !client.usable) client.close();
      await running;
    },
  };
}
