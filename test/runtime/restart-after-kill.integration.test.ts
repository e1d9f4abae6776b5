import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  type AmendsProcess,
  exited,
  isRunning,
  newcomerEnv,
  postmasterPid,
  SEVERAL_STARTS,
  startAmendsProcess,
} from '../support/amends-process.ts';

/**
 * A process that has exited but is not reaped yet, owned by the user PostgreSQL runs as — what a
 * postmaster killed with its process group is until its new parent reaps it. Perl (in every Debian,
 * as perl-base) forks a child that exits at once and never waits for it.
 */
async function zombie(): Promise<{ pid: number; release(): void }> {
  const ids =
    process.getuid?.() === 0
      ? {
          uid: Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout),
          gid: Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout),
        }
      : {};
  const parent: ChildProcess = spawn(
    'perl',
    ['-e', '$|=1; my $p = fork; exit 0 unless $p; print "$p\\n"; sleep 600'],
    {
      ...ids,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const pid = await new Promise<number>((resolve) =>
    parent.stdout?.once('data', (chunk: Buffer) => resolve(Number.parseInt(chunk.toString(), 10))),
  );
  // The child exits on its own; its state turns to Z when it has.
  const deadline = Date.now() + 30_000;
  while (!/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))) {
    if (Date.now() > deadline) throw new Error(`process ${pid} never became a zombie`);
    await new Promise((r) => setImmediate(r));
  }
  return { pid, release: () => parent.kill('SIGKILL') };
}

describe('restarting at once after a SIGKILL', () => {
  let dataDir: string;
  let current: AmendsProcess | undefined;
  const zombies: { release(): void }[] = [];
  before(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'amends-kill-'));
    chmodSync(dataDir, 0o755);
  });
  after(async () => {
    if (current && current.child.exitCode === null) current.child.kill('SIGKILL');
    const pid = postmasterPid(dataDir);
    if (pid && isRunning(pid)) process.kill(pid, 'SIGINT');
    for (const z of zombies) z.release();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const start = () =>
    startAmendsProcess(
      newcomerEnv({ AMENDS_DATA_DIR: dataDir, AMENDS_ADMIN_PASSWORD: 'killed many times' }),
      {
        // Its own process group, so a kill can take PostgreSQL with it, as a container stop does.
        detached: true,
      },
    );

  it(
    'succeeds every time, whether PostgreSQL outlived its owner or died with it and is not reaped yet',
    SEVERAL_STARTS,
    async () => {
      current = await start();
      for (const round of [1, 2, 3, 4]) {
        const owner = current.child;
        const withGroup = round % 2 === 0;
        if (withGroup) {
          process.kill(-(owner.pid ?? 0), 'SIGKILL');
          await exited(owner);
          // The killed postmaster's pid now names a zombie, as it does until its new parent reaps it
          // (how long that takes is up to the machine; here it is as long as it can be).
          const dead = await zombie();
          zombies.push(dead);
          const file = path.join(dataDir, 'pg', 'postmaster.pid');
          const lines = readFileSync(file, 'utf8').split('\n');
          writeFileSync(file, [String(dead.pid), ...lines.slice(1)].join('\n'));
        } else {
          owner.kill('SIGKILL');
          await exited(owner);
        }
        current = await start().catch((error: Error) => {
          throw new Error(`round ${round} (${withGroup ? 'group' : 'owner'} killed): ${error.message}`);
        });
        assert.deepEqual(
          await (await fetch(`${current.url}/healthz`)).json(),
          { status: 'ok' },
          `round ${round}`,
        );
      }
      current.child.kill('SIGINT');
      assert.equal(await exited(current.child), 0, current.output());
    },
  );
});
