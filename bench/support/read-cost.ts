/**
 * What a read costs in CPU, app and database together: this process's CPU time (process.cpuUsage)
 * plus that of the whole database server (utime + stime from /proc, Linux; the bench's server is
 * its own, so its background work — checkpoints, autovacuum — counts too). On a
 * machine shared with other work, wall time mostly measures waiting for a core; CPU time per read
 * stays near what the read itself needs. Resolution: /proc counts ticks of 10 ms, so take it over
 * many runs.
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10;

/** From /proc/<pid>/stat: parent, own CPU ticks, and the ticks of children it has reaped. */
function stat(pid: number): { parent: number; own: number; reaped: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return {
      parent: Number(fields[1]),
      own: Number(fields[11]) + Number(fields[12]),
      reaped: Number(fields[13]) + Number(fields[14]),
    };
  } catch {
    return undefined;
  }
}

/**
 * Every tick the database server has spent: the postmaster's own and its reaped children's (parallel
 * workers come and go within one query), and those of its children still running.
 */
export function serverTicks(postmaster: number): number {
  const root = stat(postmaster);
  if (!root) return 0;
  let ticks = root.own + root.reaped;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const child = stat(Number(name));
    if (child?.parent === postmaster) ticks += child.own;
  }
  return ticks;
}

/**
 * `backendPid`: the server process of one of the database's connections; its parent is the server
 * (postmaster), whose whole process tree is counted. A connection that closes during the reads is
 * counted too: the postmaster reaps it.
 */
export function readCostMeter(backendPid: () => Promise<number>) {
  let app = process.cpuUsage();
  let postmaster = 0;
  let database = 0;
  return {
    async start() {
      postmaster = stat(await backendPid())?.parent ?? 0;
      database = serverTicks(postmaster);
      app = process.cpuUsage();
    },
    /** CPU milliseconds since `start`. */
    stop(): number {
      const used = process.cpuUsage(app);
      return (used.user + used.system) / 1000 + (serverTicks(postmaster) - database) * TICK_MS;
    },
  };
}
