/**
 * Child-process entry for the coach benchmark's server: the real HTTP app listening on loopback, plus
 * one bare route on the same server (`POST /api/v1/bench-bare`: the same authentication and JSON body,
 * no coach), a staff member's API token and a case to coach drafts for. Reports its own CPU time when
 * asked, and closes when told to (or when the parent goes away).
 */
import { createApiToken } from '../../src/app/auth/create-api-token.ts';
import { createAppContext } from '../../src/app/context.ts';
import { LiveHub } from '../../src/app/live/live-hub.ts';
import { buildApp } from '../../src/http/app.ts';
import { createDb } from '../../src/store/db.ts';
import { buildCase, buildCustomer, buildUser } from '../../test/support/factories.ts';

export type CoachServerRequest =
  | { type: 'start'; connectionString: string }
  | { type: 'cpu' }
  | { type: 'close' };
export type CoachServerReply =
  | { type: 'started'; url: string; token: string; caseId: string }
  | { type: 'cpu'; ms: number }
  | { type: 'closed' }
  | { type: 'failed'; message: string };

const send = (reply: CoachServerReply) => process.send?.(reply);
let close: (() => Promise<void>) | undefined;

async function start(connectionString: string): Promise<void> {
  const handle = createDb(connectionString);
  const ctx = await createAppContext({ database: handle, sessionDays: 14, publicUrl: 'http://127.0.0.1' });
  const live = new LiveHub();
  await live.start(connectionString);
  const app = await buildApp({ ctx, live, logger: { level: 'warn' }, clicksPerMinute: false });
  app.post('/api/v1/bench-bare', async (request) => ({
    findings: [],
    length: (request.body as { text?: string }).text?.length ?? 0,
  }));
  const agent = await buildUser(ctx, { role: 'agent' });
  const { secret } = await createApiToken(
    ctx,
    { userId: agent.id, role: 'agent', via: 'session' },
    { name: 'coach bench' },
  );
  const opened = await buildCase(ctx, { customerId: (await buildCustomer(ctx)).id, ownerId: agent.id });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  close = async () => {
    close = undefined;
    await app.close();
    await live.stop();
    await handle.db.destroy();
  };
  send({ type: 'started', url, token: secret, caseId: opened.id });
}

process.on('message', (request: CoachServerRequest) => {
  if (request.type === 'cpu') {
    const used = process.cpuUsage();
    send({ type: 'cpu', ms: (used.user + used.system) / 1000 });
    return;
  }
  const work =
    request.type === 'start'
      ? start(request.connectionString)
      : (close?.() ?? Promise.resolve()).then(() => send({ type: 'closed' }));
  work.catch((error: unknown) => send({ type: 'failed', message: String(error) }));
});
process.on('disconnect', () => {
  (close?.() ?? Promise.resolve()).finally(() => process.exit(0));
});
