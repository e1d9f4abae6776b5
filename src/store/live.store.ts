import { sql } from 'kysely';
import pg from 'pg';
import type { LiveMessage } from '../core/live/live-message.ts';
import type { Executor } from './db.ts';

/** One channel carries every live change; payloads are small ({ type, id }) so they stay under NOTIFY's 8 kB. */
export const LIVE_CHANNEL = 'amends_live';

/**
 * Queues a live message in the caller's transaction: PostgreSQL delivers it to every listening
 * instance only if, and when, the transaction commits — so nobody is told of a change that rolled back.
 */
export async function publishLive(db: Executor, message: LiveMessage): Promise<void> {
  await sql`SELECT pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(message)})`.execute(db);
}

/** publishLive for several messages, in one statement. */
export async function publishLiveMessages(db: Executor, messages: readonly LiveMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await sql`
    SELECT count(pg_notify(${LIVE_CHANNEL}, m)) FROM unnest(${messages.map((m) => JSON.stringify(m))}::text[]) AS m
  `.execute(db);
}

export type LiveListener = { close(): Promise<void> };

/**
 * Listens on a dedicated connection and calls `onMessage` for each message. Reconnects after a lost
 * connection (with `onReconnect` so callers can tell their clients to refetch what they missed).
 */
export async function listenLive(
  connectionString: string,
  handlers: { onMessage(message: LiveMessage): void; onReconnect?(): void },
): Promise<LiveListener> {
  let closed = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString });
    next.on('notification', (notification) => {
      if (notification.channel !== LIVE_CHANNEL || !notification.payload) return;
      try {
        handlers.onMessage(JSON.parse(notification.payload) as LiveMessage);
      } catch {
        // A malformed payload is not ours to crash on.
      }
    });
    next.on('error', () => {
      if (closed) return;
      next.end().catch(() => {});
      scheduleReconnect();
    });
    await next.connect();
    await next.query(`LISTEN ${LIVE_CHANNEL}`);
    client = next;
  };

  const scheduleReconnect = () => {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      connect()
        .then(() => handlers.onReconnect?.())
        .catch(() => scheduleReconnect());
    }, 1000);
  };

  await connect();
  return {
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => {});
    },
  };
}
