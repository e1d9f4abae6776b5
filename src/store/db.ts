import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

// int8 (counts, identities) as numbers: ours stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;
/** Either a transaction or the pool: store functions take whichever the caller holds. */
export type Executor = Db | Trx;

export type DbHandle = { db: Db; pool: pg.Pool; connectionString: string };

export function createDb(connectionString: string, options: { max?: number } = {}): DbHandle {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10 });
  // An idle client losing its server (a restart) must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, pool, connectionString };
}

export type Pool = pg.Pool;

/**
 * Holds a transaction-scoped advisory lock on `name` until the caller's transaction ends: serialises
 * work that no row lock covers (a row that does not exist yet cannot be locked).
 */
export async function lockNamed(trx: Executor, name: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${name}))`.execute(trx);
}

/** A session-level advisory lock held on its own connection (see holdSessionLock). */
export type SessionLock = {
  /** Resolves when the lock is lost: the connection ended or failed (the server then freed it). */
  readonly lost: Promise<void>;
  /** Rejects when the lock's connection no longer answers (so it may be held by someone else now). */
  verify(): Promise<void>;
  /** Unlocks and closes the connection; safe to call twice. */
  release(): Promise<void>;
};

/**
 * Takes the advisory lock on `name` for as long as a dedicated connection lives, without waiting:
 * undefined when another session holds it. A transaction-scoped lock (lockNamed) cannot outlive a
 * transaction; this one marks long work (reading a mailbox) as one instance's while that instance's
 * connection is up, and PostgreSQL frees it by itself when the connection or the process dies.
 */
export async function holdSessionLock(
  connectionString: string,
  name: string,
): Promise<SessionLock | undefined> {
  const client = new pg.Client({ connectionString });
  let markLost: () => void = () => {};
  const lost = new Promise<void>((resolve) => {
    markLost = resolve;
  });
  client.on('error', () => markLost());
  client.on('end', () => markLost());
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock(hashtext($1)) AS locked',
      [name],
    );
    if (!rows[0]?.locked) {
      await client.end();
      return undefined;
    }
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  let released = false;
  return {
    lost,
    async verify() {
      await client.query('SELECT 1');
    },
    async release() {
      if (released) return;
      released = true;
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [name]).catch(() => {});
      await client.end().catch(() => {});
    },
  };
}

/**
 * lockNamed for several names in one statement, always in the same order (by their hash), so two
 * transactions locking overlapping sets never wait on each other in a circle.
 */
export async function lockNames(trx: Executor, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  await sql`
    SELECT count(pg_advisory_xact_lock(h)) FROM (
      SELECT DISTINCT hashtext(name) AS h FROM unnest(${[...names]}::text[]) AS name ORDER BY h) AS ordered
  `.execute(trx);
}

/** Answers once the database runs a trivial query; rejects with the driver's error otherwise. */
export async function pingDatabase(db: Executor): Promise<void> {
  await sql`SELECT 1`.execute(db);
}
