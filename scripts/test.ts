/**
 * `npm test`: typecheck, lint, then every test against a real PostgreSQL — a throwaway embedded one
 * by default, or the server in TEST_DATABASE_URL. Migrations run once into a template database;
 * each test file clones it (CREATE DATABASE … TEMPLATE), so files run in parallel on clean data.
 *
 *   npm test                      everything
 *   npm test -- --only=integration   just *.integration.test.ts (CI's second pass on the machine's PostgreSQL)
 *   npm test -- path/to/file.test.ts …  just those files
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, globSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadEnv } from '../src/config/env.ts';
import { migrateWorker } from '../src/jobs/worker.ts';
import { startEmbeddedPostgres } from '../src/runtime/embedded-postgres.ts';
import { createDb } from '../src/store/db.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { databaseUrl, resetDatabase } from '../test/support/database-server.ts';
import { type FileVerdict, runTestFiles, stopAll } from './run-test-files.ts';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const explicitFiles = args.filter((a) => !a.startsWith('--'));
const concurrency = Number(process.env.TEST_CONCURRENCY ?? 2);

const tiers: Record<string, string[]> = {
  unit: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
  integration: ['src/**/*.integration.test.ts', 'test/**/*.integration.test.ts'],
  e2e: ['test/e2e/**/*.spec.ts'],
};

function filesFor(tier: string | undefined): string[] {
  if (explicitFiles.length > 0) return explicitFiles;
  const patterns = tier ? (tiers[tier] ?? []) : Object.values(tiers).flat();
  const files = new Set(patterns.flatMap((pattern) => globSync(pattern, { cwd: root })));
  if (tier === 'unit')
    for (const f of globSync('src/**/*.integration.test.ts', { cwd: root })) files.delete(f);
  // Longest first, so the run does not end on one slow browser file while the other lane idles:
  // browser files (30–120 s each), then the other integration files, then unit tests (under a second).
  const weight = (file: string) =>
    file.startsWith('test/e2e/') ? 0 : file.includes('.integration.') ? 1 : 2;
  return [...files].sort((a, b) => weight(a) - weight(b) || a.localeCompare(b));
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

/** Prints the run's totals and each failed file with why; true when every file passed. */
function report(verdicts: FileVerdict[]): boolean {
  const sum = (key: 'tests' | 'pass' | 'fail' | 'cancelled' | 'skipped' | 'todo') =>
    verdicts.reduce((total, verdict) => total + verdict[key], 0);
  const failed = verdicts.filter((verdict) => !verdict.ok);
  console.log(
    `\n▶ ${verdicts.length} files: ${sum('tests')} tests, ${sum('pass')} passed, ${sum('fail')} failed, ` +
      `${sum('cancelled')} cancelled, ${sum('skipped')} skipped, ${sum('todo')} todo`,
  );
  for (const verdict of failed) console.log(`  ✖ ${verdict.file}: ${verdict.reason}`);
  if (failed.length > 0) console.log(`\n  Run one again: npm test -- ${failed[0]?.file}`);
  return failed.length === 0;
}

// Interrupted: the running files (and what they started) stop, fail, and the database is cleaned up.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, stopAll);

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

  console.log(`\n▶ ${files.length} test files, ${concurrency} at a time`);
  // Spawned children, not spawnSync: this process must keep reading the embedded PostgreSQL's log while
  // the tests run, or its pipe fills and the next log line (a checkpoint's) blocks the server for good.
  const verdicts = await runTestFiles(files, {
    concurrency,
    cwd: root,
    env: { ...process.env, TEST_DATABASE_URL: serverUrl, AMENDS_TEST_TEMPLATE: template },
    testTimeoutMs: 120_000,
    fileTimeoutMs: 15 * 60_000,
    print: (text) => process.stdout.write(text),
  });
  code = report(verdicts) ? 0 : 1;
} finally {
  await resetDatabase(serverUrl, template, { drop: true }).catch(() => {});
  await stopDatabase();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}
console.log(
  `\n${code === 0 ? '✔ All tests passed' : '✖ Tests failed'} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
);
process.exit(code);
