import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.ts';
import type { LiveHub } from '../app/live/live-hub.ts';

export type Api = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;
export type RouteDeps = { ctx: AppContext; live: LiveHub; secureCookies: boolean };
/** One endpoint: registers itself, its schema beside it. */
export type Route = (api: Api, deps: RouteDeps) => void;

export const idParams = z.strictObject({ id: z.uuid({ message: 'must be an id (a UUID)' }) });

/** A case named by its id or its number (`/cases/1014`). */
export const caseRefParams = z.strictObject({
  id: z.union([z.uuid(), z.string().regex(/^[1-9]\d{0,14}$/)], {
    message: 'must be a case id (a UUID) or a case number (e.g. 1014)',
  }),
});

/** Request text fields: trimmed length limits keep one field from holding a novel. */
export const text = (max: number) => z.string().trim().min(1).max(max);
