import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../src/app/context.ts';
import { LiveHub } from '../../src/app/live/live-hub.ts';
import { buildApp, WEB_DIST } from '../../src/http/app.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export type ServedApp = {
  /** e.g. http://127.0.0.1:41234, no trailing slash. */
  url: string;
  app: FastifyInstance;
  ctx: AppContext;
  database: TestDatabase;
  close(): Promise<void>;
};

/**
 * The real app, console included, listening on a free local port over a fresh database: what a
 * browser test talks to. Fails at once when the console was never built.
 */
export async function serveApp(options: { webDir?: string } = {}): Promise<ServedApp> {
  const webDir = options.webDir ?? WEB_DIST;
  if (!existsSync(path.join(webDir, 'index.html'))) {
    throw new Error(
      `The console is not built (${path.relative(process.cwd(), webDir)}/index.html is missing): run \`npm run build:web\` (npm install does it), then run the browser tests again.`,
    );
  }
  const database = await createTestDatabase();
  const ctx: AppContext = {
    db: database.db,
    connectionString: database.connectionString,
    now: () => new Date(),
    sessionDays: 14,
  };
  const live = new LiveHub();
  await live.start(database.connectionString);
  const app = await buildApp({ ctx, live, webDir });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address.replace(/\/$/, ''),
    app,
    ctx,
    database,
    async close() {
      await app.close();
      await live.stop();
      await database.drop();
    },
  };
}
