import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RenderSurveyEmail } from '../app/blasts/render-survey-email.ts';
import type { AppContext } from '../app/context.ts';
import type { LiveHub } from '../app/live/live-hub.ts';

export type Api = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;
/**
 * `mailFrom`: the sender outgoing mail names; `renderSurveyEmail`: the survey email template, for
 * previews and tests (handed in by the runtime; absent where nothing previews mail, e.g. benchmarks).
 */
export type RouteDeps = {
  ctx: AppContext;
  live: LiveHub;
  secureCookies: boolean;
  mailFrom: { name: string; address: string };
  renderSurveyEmail: RenderSurveyEmail | undefined;
};
/** One endpoint: registers itself, its schema beside it. */
export type Route = (api: Api, deps: RouteDeps) => void;

export const idParams = z.strictObject({
  id: z.uuid({ error: 'The id in the address must be an id (a UUID).' }),
});

/** A case named by its id or its number (`/cases/1014`). */
export const caseRefParams = z.strictObject({
  id: z.union([z.uuid(), z.string().regex(/^[1-9]\d{0,14}$/)], {
    error: 'The case in the address must be a case id (a UUID) or a case number (e.g. 1014).',
  }),
});

/**
 * A request text field: trimmed, at least one character, at most `max` (so one field cannot hold a
 * novel). `empty` is what a person reads beside the field when it is missing or blank, e.g.
 * "Write a note first."; without it, the field's name is used ("Title is empty: fill it in.").
 */
export const text = (max: number, empty?: string) => {
  const blank = empty ? { error: empty } : undefined;
  return z
    .string(empty ? { error: (issue) => (issue.input == null ? empty : undefined) } : undefined)
    .trim()
    .min(1, blank)
    .max(max);
};
