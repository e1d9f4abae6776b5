import { findImapMessageIds, findLastImapUid } from '../../store/inbound-email.store.ts';
import type { AppContext } from '../context.ts';

/**
 * Where reading an IMAP mailbox resumes: the highest UID already stored under this UIDVALIDITY
 * (undefined when none is: a mailbox new to Amends, or one whose UIDVALIDITY changed).
 */
export function findLastTakenImapUid(
  ctx: AppContext,
  mailbox: { name: string; uidValidity: number },
): Promise<number | undefined> {
  return findLastImapUid(ctx.db, mailbox);
}

/**
 * Which of these Message-IDs were already taken from the mailbox, under any UIDVALIDITY: after the
 * server renumbered a mailbox, a mail taken before but not yet marked read is not taken again.
 */
export function findTakenImapMessageIds(
  ctx: AppContext,
  mailboxName: string,
  messageIds: readonly string[],
): Promise<Set<string>> {
  return findImapMessageIds(ctx.db, mailboxName, messageIds);
}
