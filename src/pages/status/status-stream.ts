import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import type { LiveHub } from '../../app/live/live-hub.ts';
import { openStatusPage } from '../../app/status-page/open-status-page.ts';
import { verifyStatusToken } from '../../core/case/case-links.ts';
import { errorPage } from '../error-page.ts';
import type { PageSender } from '../send-page.ts';
import { invalidPage } from './invalid-page.ts';
import { type StatusParts, statusParts } from './status-parts.ts';

/**
 * Live streams open at once on one status link: the customer's phone, a laptop and a couple of tabs.
 * A public link must not let anyone who holds it tie up the server's connections.
 */
export const MAX_STREAMS_PER_LINK = 4;

/** Live streams open at once from one address, whatever the links: an office's customers behind one NAT. */
export const MAX_STREAMS_PER_ADDRESS = 16;

/** Keeps proxies from closing a quiet stream (as the console's stream does). */
const HEARTBEAT_MS = 20_000;

/** How long a browser waits before reconnecting a dropped stream. */
const RETRY_MS = 5_000;

/** Counts the open streams of this instance per link and per address. */
export class StreamLimits {
  readonly #byLink = new Map<string, number>();
  readonly #byAddress = new Map<string, number>();

  /** Claims a place for one stream: answers its release, or undefined when the link or address is full. */
  claim(link: string, address: string): (() => void) | undefined {
    const links = this.#byLink.get(link) ?? 0;
    const addresses = this.#byAddress.get(address) ?? 0;
    if (links >= MAX_STREAMS_PER_LINK || addresses >= MAX_STREAMS_PER_ADDRESS) return undefined;
    this.#byLink.set(link, links + 1);
    this.#byAddress.set(address, addresses + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      decrement(this.#byLink, link);
      decrement(this.#byAddress, address);
    };
  }
}

function decrement(counts: Map<string, number>, key: string): void {
  const left = (counts.get(key) ?? 1) - 1;
  if (left <= 0) counts.delete(key);
  else counts.set(key, left);
}

/**
 * `GET /s/<token>/events`: Server-Sent Events for one case's status page. The stream listens to the
 * instance's LiveHub and, when that case changes (or the hub resyncs), reads the page again and sends
 * the parts that changed as `update` — so an internal change (a note) sends nothing, and the page
 * never hears of another case. `since` is the version the page shows: a change between the page
 * and the stream is sent at once. A link replaced meanwhile gets `gone`, and the stream ends.
 */
export async function streamStatusPage(
  deps: { ctx: AppContext; live: LiveHub; limits: StreamLimits; send: PageSender },
  request: FastifyRequest<{ Params: { token: string }; Querystring: { since?: string } }>,
  reply: FastifyReply,
): Promise<FastifyReply | undefined> {
  const { ctx, live, limits, send } = deps;
  const { token } = request.params;
  const statusKey = verifyStatusToken(ctx.linkSecret, token);
  if (!statusKey) return send(reply, 404, invalidPage());
  const release = limits.claim(statusKey, request.ip);
  if (!release) return send(reply.header('retry-after', 60), 429, errorPage(429));

  // Listening before the first read, so nothing that changes from here on can be missed.
  let caseId: string | undefined;
  let changedBeforeRead = false;
  let refresh = async () => {
    changedBeforeRead = true;
  };
  const unsubscribe = live.subscribe((message) => {
    if (
      message.type === 'resync' ||
      (message.type === 'case.changed' && (!caseId || message.caseId === caseId))
    )
      void refresh();
  });
  let first: Awaited<ReturnType<typeof openStatusPage>>;
  try {
    first = await openStatusPage(ctx, token);
  } catch (error) {
    unsubscribe();
    release();
    throw error;
  }
  if (first.state === 'invalid') {
    unsubscribe();
    release();
    return send(reply, 404, invalidPage());
  }
  caseId = first.view.caseId;

  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.write(`retry: ${RETRY_MS}\n: connected\n\n`);

  let shown = request.query.since;
  let closed = false;
  let reading = false;
  let again = false;
  const sendIfChanged = (parts: StatusParts) => {
    if (parts.version === shown) return;
    shown = parts.version;
    const data = JSON.stringify({
      version: parts.version,
      state: parts.state.__html,
      messages: parts.messages.__html,
    });
    res.write(`event: update\ndata: ${data}\n\n`);
  };
  // One read at a time per stream; changes arriving meanwhile make one more read, not one each.
  refresh = async () => {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    try {
      do {
        again = false;
        const now = await openStatusPage(ctx, token);
        if (closed) return;
        if (now.state === 'invalid') {
          res.end('event: gone\ndata: {}\n\n');
          return;
        }
        sendIfChanged(statusParts(now.view));
      } while (again && !closed);
    } catch (error) {
      // The browser reconnects after RETRY_MS and reads the page afresh.
      request.log.error({ err: error }, 'status page stream failed');
      res.end();
    } finally {
      reading = false;
    }
  };
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
  const end = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    unsubscribe();
    release();
  };
  res.on('close', end);
  // The browser may have left while the page was read: its close came before anyone listened.
  if (res.socket === null || res.socket.destroyed) {
    end();
    return undefined;
  }
  sendIfChanged(statusParts(first.view));
  if (changedBeforeRead) void refresh();
  return undefined;
}
