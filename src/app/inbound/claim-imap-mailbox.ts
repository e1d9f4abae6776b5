import { holdSessionLock, type SessionLock } from '../../store/db.ts';
import type { AppContext } from '../context.ts';

export type MailboxClaim = SessionLock;

/**
 * Makes this instance the one reader of an IMAP mailbox, for as long as the returned claim's database
 * connection lives; undefined while another instance reads it. With several instances each mailbox
 * is read by one at a time; the unique mailbox + UIDVALIDITY + UID of every stored mail is what
 * makes a message taken once even if two ever overlapped (a claim lost in a network split).
 */
export function claimImapMailbox(ctx: AppContext, mailboxName: string): Promise<MailboxClaim | undefined> {
  return holdSessionLock(ctx.connectionString, `imap-mailbox:${mailboxName}`);
}
