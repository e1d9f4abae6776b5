/** `npm start`: Amends on one machine — database, web server and worker in this process. */
import { loadEnv } from './config/env.ts';
import { startAmends } from './runtime/start.ts';

const started = Date.now();
const log = (line: string) => console.log(`[amends] ${line}`);

try {
  const env = loadEnv();
  const running = await startAmends(env, log);
  log(
    `Ready in ${((Date.now() - started) / 1000).toFixed(1)} s${running.dataDir ? ` (embedded PostgreSQL, data in ${running.dataDir})` : ' (PostgreSQL from DATABASE_URL)'}.`,
  );
  log(`Console: ${running.url}`);
  if (running.firstAdmin) {
    log(`Sign in as ${running.firstAdmin.email} with password: ${running.firstAdmin.password}`);
    if (running.firstAdmin.generated)
      log(
        'That password was generated and is shown only now: keep it (or set AMENDS_ADMIN_PASSWORD before the first start).',
      );
  } else {
    log(
      `Sign in with your account. Forgot the admin password? npm run amends -- reset-password ${env.AMENDS_ADMIN_EMAIL}`,
    );
  }
  log('Demo data: npm run amends -- demo. Stop with Ctrl-C.');

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping…`);
    running.stop().then(
      () => {
        log('Stopped.');
        process.exit(0);
      },
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
