/**
 * What a killed Amends leaves in its data folder, cleared before the next start. Killed alone
 * (SIGKILL, OOM), it leaves its PostgreSQL running: stop it. Killed with its whole process group
 * (a container stop, `timeout -s KILL`), PostgreSQL dies too and leaves postmaster.pid behind, its
 * backends exiting one by one and the postmaster a zombie until its new parent reaps it — and
 * PostgreSQL takes a zombie's pid for a running server ("lock file already exists"). Wait for the
 * backends, then clear the stale file.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** How long a server (or its backends) gets to finish before we stop waiting for it. */
const SHUTDOWN_PATIENCE_MS = 30_000;
const POLL_MS = 50;

/** Returns true when it found a running server to stop. */
export async function stopOrphanedPostgres(
  pgDir: string,
  progress: (line: string) => void,
): Promise<boolean> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  const pid = await readPid(pidFile);
  if (pid === undefined) return false;
  let stopped = false;
  if (await isRunningPostgres(pid)) {
    progress(`Stopping an embedded PostgreSQL left running by an earlier run (pid ${pid})…`);
    process.kill(pid, 'SIGINT'); // PostgreSQL's fast shutdown
    if (!(await waitFor(async () => !(await isAlive(pid))))) process.kill(pid, 'SIGKILL');
    stopped = true;
  }
  // Shared memory still attached by a backend would stop PostgreSQL too ("still in use"): they exit
  // on their own once their postmaster is gone, each working in the data folder until then.
  const realDir = await fs.realpath(pgDir);
  await waitFor(async () => (await processesWorkingIn(realDir)) === 0);
  const left = await readPid(pidFile);
  if (left !== undefined && !(await isRunningPostgres(left))) await fs.rm(pidFile, { force: true });
  return stopped;
}

async function readPid(pidFile: string): Promise<number | undefined> {
  const text = await fs.readFile(pidFile, 'utf8').catch(() => '');
  const pid = Number.parseInt(text.split('\n')[0] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** A live PostgreSQL process (a zombie's command line is empty; a reused pid names another program). */
async function isRunningPostgres(pid: number): Promise<boolean> {
  const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  return cmdline.includes('postgres') && (await isAlive(pid));
}

/** Alive and not a zombie (an exited process nobody has reaped yet holds no files or ports). */
export async function isAlive(pid: number): Promise<boolean> {
  const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (stat === undefined) return false;
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return state !== 'Z' && state !== 'X';
}

/** PostgreSQL's processes all work in their data folder (a zombie has no working folder). */
async function processesWorkingIn(dir: string): Promise<number> {
  const pids = (await fs.readdir('/proc')).filter((name) => /^\d+$/.test(name));
  const cwds = await Promise.all(pids.map((pid) => fs.readlink(`/proc/${pid}/cwd`).catch(() => '')));
  return cwds.filter((cwd) => cwd === dir).length;
}

async function waitFor(condition: () => Promise<boolean>): Promise<boolean> {
  const deadline = Date.now() + SHUTDOWN_PATIENCE_MS;
  while (!(await condition())) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return true;
}
