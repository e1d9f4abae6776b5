import { randomBytes } from 'node:crypto';
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
};

export type ContextOptions = Pick<AppContext, 'sessionDays' | 'publicUrl'> & {
  database: DbHandle;
  now?: () => Date;
};

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
  };
}
