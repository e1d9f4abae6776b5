import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.ts';
import type { LiveHub } from '../app/live/live-hub.ts';
import type { Mailbox } from '../mail/out/mailer.ts';

export type Api = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;
/** `mailFrom`: the sender outgoing mail names, for previews of it. */
export type RouteDeps = { ctx: AppContext; live: LiveHub; secureCookies: boolean; mailFrom: Mailbox };
/** One endpoint: registers itself, its schema beside it. */
export type Route = (api: Api, deps: RouteDeps) => void;

export const idParams = z.strictObject({ id: z.uuid({ message: 'must be an id (a UUID)' }) });

/** Request text fields: trimmed length limits keep one field from holding a novel. */
export const text = (max: number) => z.string().trim().min(1).max(max);
