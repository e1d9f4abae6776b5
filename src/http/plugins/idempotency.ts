import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { beginIdempotentRequest } from '../../app/idempotency/begin-idempotent-request.ts';
import { finishIdempotentRequest } from '../../app/idempotency/finish-idempotent-request.ts';
import type { IdempotencyKeyRef } from '../../core/idempotency/idempotency-key.ts';
import { authOf } from './auth.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** This call creates: it accepts an Idempotency-Key (documented and enforced centrally). */
    idempotent?: boolean;
  }
  interface FastifyRequest {
    idempotencyClaim: IdempotencyKeyRef | undefined;
  }
}

/** Sent with an answer that repeats the one a key's first request got. */
const REPLAYED_HEADER = 'idempotent-replayed';

/**
 * Idempotency-Key on creating calls: after validation and authentication the request claims its
 * key (or gets the first request's answer again); when it is answered, a success is kept for the
 * key's retries and anything else releases the claim.
 */
export function registerIdempotency(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('idempotencyClaim', undefined);
  app.addHook('preHandler', async (request, reply) => {
    const key = idempotencyKeyOf(request);
    if (key === undefined) return;
    const start = await beginIdempotentRequest(ctx, {
      scope: authOf(request).actor.userId,
      key,
      method: request.method,
      url: request.url,
      body: request.body,
    });
    if (start.kind === 'claimed') {
      request.idempotencyClaim = start.ref;
      return;
    }
    return reply
      .code(start.status)
      .header(REPLAYED_HEADER, 'true')
      .type('application/json; charset=utf-8')
      .send(start.body);
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotencyClaim;
    if (!claim) return payload;
    request.idempotencyClaim = undefined;
    await finishIdempotentRequest(ctx, claim, {
      status: reply.statusCode,
      body: typeof payload === 'string' ? payload : '',
    });
    return payload;
  });
}

function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  if (request.routeOptions.config.idempotent !== true) return undefined;
  const header = request.headers['idempotency-key'];
  return Array.isArray(header) ? header.join(',') : header;
}
