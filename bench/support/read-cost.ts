/**
 * What a read costs in CPU, app and database together: this process's CPU time (process.cpuUsage)
 * plus that of the database's own client connections (utime + stime from /proc, Linux). On a
 * machine shared with other work, wall time mostly measures waiting for a core; CPU time per read
 * stays near what the read itself needs. Resolution: /proc counts ticks of 10 ms, so take it over
 * many runs.
 */
import { readFileSync } from 'node:fs';

const TICK_MS = 10;

function processTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** `backendPids`: the server processes of the connections the reads use. */
export function readCostMeter(backendPids: () => number[]) {
  let pids: number[] = [];
  let app = process.cpuUsage();
  let database = 0;
  return {
    start() {
      pids = backendPids();
      app = process.cpuUsage();
      database = pids.reduce((sum, pid) => sum + processTicks(pid), 0);
    },
    /** CPU milliseconds since `start`. */
    stop(): number {
      const used = process.cpuUsage(app);
      const ticks = pids.reduce((sum, pid) => sum + processTicks(pid), 0) - database;
      return (used.user + used.system) / 1000 + ticks * TICK_MS;
    },
  };
}
