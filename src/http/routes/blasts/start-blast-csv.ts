import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { startBlastFromCsv } from '../../../app/blasts/start-blast-from-csv.ts';
import { MAX_CSV_BYTES, MAX_RECIPIENTS } from '../../../core/blast/recipient-rows.ts';
import { authOf } from '../../plugins/auth.ts';
import { blastStartedSchema, presentBlastStarted } from '../../presenters/blast.presenter.ts';
import type { Route } from '../../route.ts';
import { blastFields } from '../../schemas/blast-fields.ts';

const querystring = z.strictObject(blastFields);

export const startBlastCsvRoute: Route = (api, { ctx }) => {
  // Its own scope: only this route reads text/csv, the rest of the API stays JSON-only.
  api.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, csv, done) => done(null, csv));
    scope.withTypeProvider<ZodTypeProvider>().post('/api/v1/blasts/csv', {
      config: { access: 'supervisor', idempotent: true },
      bodyLimit: MAX_CSV_BYTES,
      schema: {
        summary:
          'Send a survey to the customers of a CSV (supervisors): columns email (required), name, external_id, touchpoint_ref',
        description: `The body is the CSV itself (Content-Type: text/csv, at most ${MAX_CSV_BYTES / (1024 * 1024)} MB and ${MAX_RECIPIENTS.toLocaleString('en')} rows), its first line naming the columns. It answers at once with the blast, \`preparing\`: a job turns the rows into queued mail, a batch at a time (follow it at GET /api/v1/blasts/{id}). Lines the row rules refuse are returned with their number and reason; lines refused later (a customer conflict) show on the blast. The same list for the same survey within a day is refused (409 SAME_LIST_SENT, naming the earlier blast), so a retried upload mails nobody twice.`,
        tags: ['blasts'],
        consumes: ['text/csv'],
        querystring,
        body: z.string(),
        response: { 201: blastStartedSchema },
      },
      handler: async (request, reply) => {
        const started = await startBlastFromCsv(ctx, authOf(request).actor, {
          ...request.query,
          csv: request.body,
        });
        return reply.code(201).send(presentBlastStarted(started));
      },
    });
  });
};
