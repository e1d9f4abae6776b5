import { existsSync } from 'node:fs';
import path from 'node:path';
import { WEB_DIST } from '../../src/http/app.ts';
import { startTestApp, type TestApp } from './test-app.ts';

export type ServedApp = TestApp & {
  /** e.g. http://127.0.0.1:41234, no trailing slash. */
  url: string;
};

/**
 * The real app, console included, listening on a free local port over a fresh database: what a
 * browser test talks to. Fails at once when the console was never built.
 */
export async function serveApp(
  options: { webDir?: string; recoveryHoldMs?: number } = {},
): Promise<ServedApp> {
  const webDir = options.webDir ?? WEB_DIST;
  if (!existsSync(path.join(webDir, 'index.html'))) {
    throw new Error(
      `The console is not built (${path.relative(process.cwd(), webDir)}/index.html is missing): run \`npm run build:web\` (npm install does it), then run the browser tests again.`,
    );
  }
  const started = await startTestApp({ webDir, recoveryHoldMs: options.recoveryHoldMs });
  const address = await started.app.listen({ port: 0, host: '127.0.0.1' });
  const url = address.replace(/\/$/, '');
  // Rating links in rendered emails must point at this server.
  started.ctx.publicUrl = url;
  return { ...started, url };
}
