import { randomBytes } from 'node:crypto';
import { findOrCreateSecret } from '../store/app-secret.store.ts';
import type { Db } from '../store/db.ts';

/** What every use case needs: the database, and the clock (passed in so rules and tests control time). */
export type AppContext = {
  db: Db;
  connectionString: string;
  now: () => Date;
  sessionDays: number;
  /** Signs rating and unsubscribe links; shared by every instance through the database. */
  linkSecret: string;
  /** Where customers reach the public pages, e.g. https://amends.example.com (no trailing slash). */
  publicUrl: string;
};

export type ContextOptions = Pick<AppContext, 'db' | 'connectionString' | 'sessionDays' | 'publicUrl'> & {
  now?: () => Date;
};

/** Builds the context, creating the link-signing secret on first use (the database must be migrated). */
export async function createAppContext(options: ContextOptions): Promise<AppContext> {
  const linkSecret = await findOrCreateSecret(
    options.db,
    'link-signing',
    randomBytes(32).toString('base64url'),
  );
  return { now: () => new Date(), ...options, publicUrl: options.publicUrl.replace(/\/+$/, ''), linkSecret };
}
