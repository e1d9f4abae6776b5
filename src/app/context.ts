import { randomBytes } from 'node:crypto';
import { RECOVERY_HOLD_MS } from '../core/rating/scanner-burst.ts';
import { findOrCreateSecret } from '../store/app-secret.store.ts';
import type { Db, DbHandle, Pool } from '../store/db.ts';

/** What every use case needs: the database, and the clock (passed in so rules and tests control time). */
export type AppContext = {
  db: Db;
  /** The pool under `db`, for the one statement prepared by name (store/rating-answer.store.ts). */
  pool: Pool;
  connectionString: string;
  now: () => Date;
  sessionDays: number;
  /** Signs rating and unsubscribe links; shared by every instance through the database. */
  linkSecret: string;
  /** Where customers reach the public pages, e.g. https://amends.example.com (no trailing slash). */
  publicUrl: string;
  /**
   * How long a recovery check waits after the latest click that may belong to a scanner's run
   * (core/rating/scanner-burst.ts#RECOVERY_HOLD_MS); tests that run jobs by hand use 0.
   */
  recoveryHoldMs: number;
  /** The mailbox customers' replies reach; each case's reply address tags it (core/case/case-links.ts). */
  replyMailbox: string;
};

export type ContextOptions = Pick<AppContext, 'sessionDays' | 'publicUrl'> & {
  database: DbHandle;
  now?: () => Date;
  recoveryHoldMs?: number;
  replyMailbox?: string;
};

/** Where replies go while no mailbox is configured: the outbox sender's address. */
const DEFAULT_REPLY_MAILBOX = 'amends@localhost';

/** Builds the context, creating the link-signing secret on first use (the database must be migrated). */
export async function createAppContext(options: ContextOptions): Promise<AppContext> {
  const { db, pool, connectionString } = options.database;
  const linkSecret = await findOrCreateSecret(db, 'link-signing', randomBytes(32).toString('base64url'));
  return {
    db,
    pool,
    connectionString,
    now: options.now ?? (() => new Date()),
    sessionDays: options.sessionDays,
    publicUrl: options.publicUrl.replace(/\/+$/, ''),
    linkSecret,
    recoveryHoldMs: options.recoveryHoldMs ?? RECOVERY_HOLD_MS,
    replyMailbox: options.replyMailbox ?? DEFAULT_REPLY_MAILBOX,
  };
}
