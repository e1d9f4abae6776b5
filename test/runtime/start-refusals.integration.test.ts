import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { newcomerEnv, runToEnd, SEVERAL_STARTS } from '../support/amends-process.ts';

/** A stack trace's frames: what a person must never be left to read instead of a sentence. */
const STACK_FRAME = /^\s+at \S+/m;

describe('npm start refusing to start, with what happened and what to do', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'amends-refusals-'));
    chmodSync(folder, 0o755);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it(
    'says the port is taken, and which to use instead, before creating anything',
    SEVERAL_STARTS,
    async () => {
      const holder = net.createServer();
      await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
      const port = (holder.address() as net.AddressInfo).port;
      const dataDir = path.join(folder, 'port-taken');
      try {
        const run = await runToEnd(
          ['src/main.ts'],
          newcomerEnv({ PORT: String(port), AMENDS_DATA_DIR: dataDir }),
        );
        assert.equal(run.code, 1, run.output);
        assert.match(run.output, new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use`));
        assert.match(run.output, /start on another port: PORT=\d+ npm start/);
        assert.doesNotMatch(run.output, /EADDRINUSE/);
        assert.doesNotMatch(run.output, STACK_FRAME);
        assert.ok(!existsSync(dataDir), 'no data folder, no database: nothing was created');
      } finally {
        holder.close();
      }
    },
  );

  it(
    'says what PostgreSQL said and what to do when it will not start, never a stack trace',
    SEVERAL_STARTS,
    async () => {
      // A data folder from a PostgreSQL this build cannot read.
      const dataDir = path.join(folder, 'old-cluster');
      mkdirSync(path.join(dataDir, 'pg'), { recursive: true });
      writeFileSync(path.join(dataDir, 'pg', 'PG_VERSION'), '9.6\n');
      const run = await runToEnd(['src/main.ts'], newcomerEnv({ AMENDS_DATA_DIR: dataDir }));
      assert.equal(run.code, 1, run.output);
      assert.match(run.output, /The embedded PostgreSQL did not start\./);
      assert.match(run.output, /What happened: PostgreSQL exited \(exit \d+\): .+/);
      assert.match(run.output, /What to do: .*move it away/);
      assert.doesNotMatch(run.output, STACK_FRAME);
    },
  );
});
