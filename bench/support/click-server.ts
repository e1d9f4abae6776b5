/**
 * The real HTTP app, listening on loopback, as `npm start` builds it (same pool size, logger at its
 * default level, helmet, form bodies, group-commit recorder and its relay of due recovery checks)
 * but with the per-address click limit off: every request of a loopback benchmark comes from one
 * address. No worker runs: the recovery-check jobs wait in the job table, as they would while a
 * worker is busy elsewhere.
 */
import { createAppContext } from '../../src/app/context.ts';
import { LiveHub } from '../../src/app/live/live-hub.ts';
import { buildApp } from '../../src/http/app.ts';
import { createDb } from '../../src/store/db.ts';

export type ClickServer = { url: string; close(): Promise<void> };

export async function startClickServer(connectionString: string): Promise<ClickServer> {
  const handle = createDb(connectionString);
  const ctx = await createAppContext({
    database: handle,
    sessionDays: 14,
    publicUrl: 'http://127.0.0.1',
  });
  const live = new LiveHub();
  await live.start(connectionString);
  const app = await buildApp({ ctx, live, logger: { level: 'warn' }, clicksPerMinute: false });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    async close() {
      await app.close();
      await live.stop();
      await handle.db.destroy();
    },
  };
}
