/**
 * `npm test`: typecheck, lint, then every test against a real PostgreSQL — a throwaway embedded one
 * by default, or the server in TEST_DATABASE_URL. Migrations run once into a template database;
 * each test file clones it (CREATE DATABASE … TEMPLATE), so files run in parallel on clean data.
 *
 *   npm test                      everything
 *   npm test -- --only=integration   just *.integration.test.ts (CI's second pass on the machine's PostgreSQL)
 *   npm test -- path/to/file.test.ts …  just those files
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, globSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadEnv } from '../src/config/env.ts';
import { migrateWorker } from '../src/jobs/worker.ts';
import { startEmbeddedPostgres } from '../src/runtime/embedded-postgres.ts';
import { createDb } from '../src/store/db.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { databaseUrl, resetDatabase } from '../test/support/database-server.ts';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const explicitFiles = args.filter((a) => !a.startsWith('--'));

const tiers: Record<string, string[]> = {
  unit: ['src/**/*.test.ts'],
  integration: ['src/**/*.integration.test.ts', 'test/**/*.integration.test.ts'],
  e2e: ['test/e2e/**/*.spec.ts'],
};

function filesFor(tier: string | undefined): string[] {
  if (explicitFiles.length > 0) return explicitFiles;
  const patterns = tier ? (tiers[tier] ?? []) : Object.values(tiers).flat();
  const files = new Set(patterns.flatMap((pattern) => globSync(pattern, { cwd: root })));
  if (tier === 'unit')
    for (const f of globSync('src/**/*.integration.test.ts', { cwd: root })) files.delete(f);
  return [...files].sort();
}

function step(
  title: string,
  command: string,
  commandArgs: string[],
  env: NodeJS.ProcessEnv = process.env,
): void {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

const started = Date.now();
if (!only && explicitFiles.length === 0) {
  step('Typecheck (tsc --noEmit)', path.join(root, 'node_modules/.bin/tsc'), [
    '--noEmit',
    '-p',
    'tsconfig.json',
  ]);
  step('Lint and format check (biome)', path.join(root, 'node_modules/.bin/biome'), [
    'check',
    '--error-on-warnings',
    '.',
  ]);
}

const files = filesFor(only);
if (files.length === 0) {
  console.error(`No test files for ${only ?? explicitFiles.join(' ')}.`);
  process.exit(1);
}

let stopDatabase = async () => {};
let serverUrl = process.env.TEST_DATABASE_URL;
let tempDir: string | undefined;
if (serverUrl) {
  console.log(`\n▶ Using the PostgreSQL at TEST_DATABASE_URL (${new URL(serverUrl).host})`);
} else {
  console.log('\n▶ Starting a throwaway embedded PostgreSQL for the tests');
  tempDir = mkdtempSync(path.join(os.tmpdir(), 'amends-test-'));
  // mkdtemp makes a private folder; as root, PostgreSQL runs as `postgres` and must be able to enter it.
  chmodSync(tempDir, 0o755);
  const embedded = await (async () => {
    try {
      return await startEmbeddedPostgres({
        dataDir: tempDir,
        sharedDir: loadEnv().AMENDS_SHARED_DIR,
        databaseName: 'postgres',
        // Durability is pointless for a cluster deleted after the run; speed is not.
        settings: {
          fsync: 'off',
          synchronous_commit: 'off',
          full_page_writes: 'off',
          max_connections: '300',
        },
      });
    } catch (error) {
      // Its message says what happened and what to do; a stack trace would only bury it.
      console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
      rmSync(tempDir, { recursive: true, force: true });
      process.exit(1);
    }
  })();
  serverUrl = embedded.connectionString;
  stopDatabase = () => embedded.stop();
}

const template = `amends_template_${process.pid}`;
let code = 1;
try {
  await resetDatabase(serverUrl, template);
  const templateUrl = databaseUrl(serverUrl, template);
  const handle = createDb(templateUrl, { max: 1 });
  await migrateToLatest(handle.db);
  await handle.db.destroy();
  await migrateWorker(templateUrl);

  console.log(`\n▶ ${files.length} test files`);
  // --test-force-exit: a file whose tests have all finished ends even if a handle it forgot keeps its
  // event loop alive (once seen: an e2e file done in 26 s, still running ten minutes later), so a leak
  // costs nothing but the leak, never a CI run's whole time.
  // Spawned, not spawnSync: this process must keep reading the embedded PostgreSQL's log while the
  // tests run, or its pipe fills and the next log line (a checkpoint's) blocks the server for good.
  const tests = spawn(
    process.execPath,
    [
      '--test',
      '--test-force-exit',
      '--test-concurrency=2',
      '--test-reporter=spec',
      '--test-timeout=120000',
      ...files,
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, TEST_DATABASE_URL: serverUrl, AMENDS_TEST_TEMPLATE: template },
    },
  );
  const [exitCode] = (await once(tests, 'exit')) as [number | null];
  code = exitCode ?? 1;
} finally {
  await resetDatabase(serverUrl, template, { drop: true }).catch(() => {});
  await stopDatabase();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}
console.log(
  `\n${code === 0 ? '✔ All tests passed' : '✖ Tests failed'} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
);
process.exit(code);
