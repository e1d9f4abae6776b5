/**
 * Where the machine's CPU went during a step, from /proc (Linux): the named processes, PostgreSQL
 * (every process named postgres), and `other` — everything else that ran, kernel work such as
 * loopback networking included. Figures are in cores (1.0 = one core busy for the whole step), so on
 * 2 cores they add up to at most 2. `steal` is time the hypervisor gave to someone else.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports process times in clock ticks of 1/100 s on every platform Node supports. */
const TICKS_PER_SECOND = 100;

type Snapshot = {
  at: number;
  busy: number;
  steal: number;
  ticks: Map<number, { group: string; ticks: number }>;
};
/** Cores busy on average over the step (`seconds` long). */
export type CpuUse = { machine: number; steal: number; groups: Record<string, number>; seconds: number };

function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** utime + stime of one process, in ticks; undefined when it is gone. */
function processTicks(pid: number): number | undefined {
  const stat = read(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** Every PostgreSQL process, or only one server's (its postmaster and the postmaster's children). */
function postgresPids(postmaster?: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => read(`/proc/${pid}/comm`)?.trim() === 'postgres')
    .filter((pid) => postmaster === undefined || pid === postmaster || parentOf(pid) === postmaster);
}

function parentOf(pid: number): number | undefined {
  const stat = read(`/proc/${pid}/stat`);
  return stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : undefined;
}

function machineTicks(): { busy: number; steal: number } {
  const line = read('/proc/stat')?.split('\n')[0] ?? '';
  const [, user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = line
    .trim()
    .split(/\s+/)
    .map(Number);
  return { busy: user + nice + system + irq + softirq, steal };
}

/**
 * Measures CPU use between `start` and `stop` for the named processes and PostgreSQL: every server on
 * the machine, or only the one whose postmaster is `postmaster` (a machine shared with other
 * people's databases).
 */
export function cpuMeter(processes: Record<string, number>, options: { postmaster?: number } = {}) {
  const snapshot = (): Snapshot => {
    const ticks = new Map<number, { group: string; ticks: number }>();
    const add = (pid: number, group: string) => {
      const t = processTicks(pid);
      if (t !== undefined) ticks.set(pid, { group, ticks: t });
    };
    for (const [group, pid] of Object.entries(processes)) add(pid, group);
    for (const pid of postgresPids(options.postmaster)) add(pid, 'postgres');
    return { at: performance.now(), ...machineTicks(), ticks };
  };
  let first = snapshot();
  return {
    start() {
      first = snapshot();
    },
    stop(): CpuUse {
      const last = snapshot();
      const seconds = (last.at - first.at) / 1000;
      const cores = (ticks: number) => Math.round((ticks / TICKS_PER_SECOND / seconds) * 100) / 100;
      const byGroup = new Map<string, number>(Object.keys(processes).map((group) => [group, 0]));
      byGroup.set('postgres', 0);
      // A process that started during the step counts from zero; one that ended is lost (rare: pools stay open).
      for (const [pid, { group, ticks }] of last.ticks)
        byGroup.set(group, (byGroup.get(group) ?? 0) + ticks - (first.ticks.get(pid)?.ticks ?? 0));
      const busy = last.busy - first.busy;
      const counted = [...byGroup.values()].reduce((sum, ticks) => sum + ticks, 0);
      const groups: Record<string, number> = {};
      for (const [group, ticks] of byGroup) groups[group] = cores(ticks);
      groups.other = cores(Math.max(0, busy - counted));
      return { machine: cores(busy), steal: cores(last.steal - first.steal), groups, seconds };
    },
  };
}

/** The CPU each process spent per mail (or any unit of work) during a step, in ms. */
export function cpuPerMail(use: CpuUse, mails: number): Record<string, number> {
  return Object.fromEntries(
    Object.entries(use.groups).map(([group, cores]) => [
      group,
      Math.round(((cores * use.seconds * 1000) / mails) * 100) / 100,
    ]),
  );
}
