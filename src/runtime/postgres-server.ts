/**
 * Runs PostgreSQL's own programs: initdb once, then the postmaster as a child of this process. As
 * root both run as the `postgres` user. Every failure becomes an Error whose message says what
 * PostgreSQL said; callers add what to do.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { PostgresBinaries } from './postgres-binaries.ts';
import type { PostgresUser } from './postgres-user.ts';

/** We read PostgreSQL's own words (and wait for "ready to accept connections"), so in English. */
const MESSAGES_LOCALE = 'C';

/** Enough of PostgreSQL's log to explain a failed start. */
const KEPT_LOG_LINES = 30;

type Run = { binaries: PostgresBinaries; user: PostgresUser | undefined; pgDir: string };

/** Creates a cluster in `pgDir` whose superuser is `superuser` (password authentication only). */
export async function initdb(run: Run, superuser: string, password: string): Promise<void> {
  await fs.mkdir(run.pgDir, { recursive: true, mode: 0o700 });
  // Beside the cluster, not in a shared temp folder: it holds the password for the moment initdb reads it.
  const pwfile = `${run.pgDir}.pwfile`;
  await fs.writeFile(pwfile, `${password}\n`, { mode: 0o600 });
  try {
    if (run.user) {
      await fs.chown(run.pgDir, run.user.uid, run.user.gid);
      await fs.chown(pwfile, run.user.uid, run.user.gid);
    }
    const child = spawnAs(run, run.binaries.initdb, [
      `--pgdata=${run.pgDir}`,
      '--auth=scram-sha-256',
      `--username=${superuser}`,
      `--pwfile=${pwfile}`,
      `--lc-messages=${MESSAGES_LOCALE}`,
    ]);
    const log = collect(child);
    const code = await exitOf(child);
    if (code !== 'exit 0') throw new Error(`initdb failed (${code}): ${log.text()}`);
  } finally {
    await fs.rm(pwfile, { force: true });
  }
}

export type Postmaster = { pid: number; log(): string; stop(): Promise<void> };

/** Starts the postmaster and resolves once it accepts connections; rejects with its last words if it exits first. */
export async function startPostmaster(
  run: Run,
  port: number,
  settings: Record<string, string>,
): Promise<Postmaster> {
  const child = spawnAs(run, run.binaries.postgres, [
    '-D',
    run.pgDir,
    '-p',
    String(port),
    ...Object.entries(settings).flatMap(([key, value]) => ['-c', `${key}=${value}`]),
  ]);
  // Read stderr for as long as it runs: a full pipe would block PostgreSQL's next log line.
  const log = collect(child);
  const exited = exitOf(child);
  await new Promise<void>((resolve, reject) => {
    log.onLine((line) => {
      if (line.includes('database system is ready to accept connections')) resolve();
    });
    exited.then((code) => reject(new Error(`PostgreSQL exited (${code}): ${log.text()}`)));
  });
  let stopped: Promise<void> | undefined;
  return {
    pid: child.pid ?? 0,
    log: log.text,
    stop() {
      // SIGINT is PostgreSQL's fast shutdown: sessions end, a checkpoint is written, the folder released.
      stopped ??= child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : stopChild(child);
      return stopped;
    },
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  const exited = exitOf(child);
  child.kill('SIGINT');
  await exited;
}

function spawnAs(run: Run, program: string, args: string[]): ChildProcess {
  const child = spawn(program, args, {
    // Not the clone: as the postgres user, that may be a folder it cannot enter.
    cwd: path.dirname(run.pgDir),
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LC_MESSAGES: MESSAGES_LOCALE },
    ...(run.user ? { uid: run.user.uid, gid: run.user.gid } : {}),
  });
  // exitOf reports a failure to run; without a listener of its own a later one would crash the process.
  child.on('error', () => {});
  return child;
}

/** Resolves with the exit code (or signal, or the reason it never ran: EACCES, ENOENT …). */
function exitOf(child: ChildProcess): Promise<string> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve(`exit ${child.exitCode ?? child.signalCode}`);
      return;
    }
    child.once('error', (error: NodeJS.ErrnoException) =>
      resolve(`could not run ${child.spawnfile}: ${error.code ?? error.message}`),
    );
    child.once('exit', (code, signal) => resolve(code === null ? `signal ${signal}` : `exit ${code}`));
  });
}

function collect(child: ChildProcess) {
  const lines: string[] = [];
  const listeners: ((line: string) => void)[] = [];
  let partial = '';
  const take = (chunk: Buffer) => {
    const parts = (partial + chunk.toString('utf8')).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      if (lines.length > KEPT_LOG_LINES) lines.shift();
      for (const listener of listeners) listener(line);
    }
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  return {
    text: () => [...lines, partial].join('\n').trim(),
    onLine: (listener: (line: string) => void) => listeners.push(listener),
  };
}
