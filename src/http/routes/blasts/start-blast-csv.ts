import type { FastifyError } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getBlast } from '../../../app/blasts/get-blast.ts';
import { startBlastFromCsv } from '../../../app/blasts/start-blast-from-csv.ts';
import { MAX_CSV_BYTES } from '../../../core/blast/recipient-rows.ts';
import { authOf } from '../../plugins/auth.ts';
import {
  blastSchema,
  lineErrorSchema,
  presentBlast,
  presentLineError,
} from '../../presenters/blast.presenter.ts';
import { problem, sendProblem, toProblem } from '../../problem.ts';
import { type Route, text } from '../../route.ts';

const querystring = z.strictObject({
  /** The survey to send (it must be active). */
  surveyId: z.uuid(),
  /** For the console; defaults to the survey's name and today's date. */
  name: text(200).optional(),
  /** The touchpoint type of the rating requests; defaults to the survey's. */
  touchpointType: text(100).optional(),
});

export const startBlastCsv: Route = (api, { ctx }) => {
  // Its own scope: only this route reads text/csv, the rest of the API stays JSON-only.
  api.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      'text/csv',
      { parseAs: 'string', bodyLimit: MAX_CSV_BYTES },
      (_request, csv, done) => done(null, csv),
    );
    scope.setErrorHandler((error: FastifyError, request, reply) => {
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
        return sendProblem(
          reply,
          problem('UNSUPPORTED_MEDIA_TYPE', 'Send the list as the body with Content-Type: text/csv.', {
            instance: request.url.split('?')[0],
          }),
        );
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
        return sendProblem(
          reply,
          problem('BODY_TOO_LARGE', 'The CSV is larger than 5 MB: split the list into several files.', {
            instance: request.url.split('?')[0],
          }),
        );
      const body = toProblem(error, request);
      if (body.status >= 500) request.log.error({ err: error }, 'request failed');
      return sendProblem(reply, body);
    });
    scope.withTypeProvider<ZodTypeProvider>().post('/api/v1/blasts/csv', {
      config: { access: 'supervisor' },
      bodyLimit: MAX_CSV_BYTES,
      schema: {
        summary:
          'Send a survey to the customers of a CSV (supervisors): columns email (required), name, external_id, touchpoint_ref',
        description:
          'The body is the CSV itself (Content-Type: text/csv, at most 5 MB and 20,000 rows), its first line naming the columns. Lines that cannot be mailed are returned with their number and reason; the rest are sent.',
        tags: ['blasts'],
        consumes: ['text/csv'],
        querystring,
        body: z.string(),
        response: { 201: z.object({ blast: blastSchema, errors: z.array(lineErrorSchema) }) },
      },
      handler: async (request, reply) => {
        const started = await startBlastFromCsv(ctx, authOf(request).actor, {
          ...request.query,
          csv: request.body,
        });
        return reply.code(201).send({
          blast: presentBlast(await getBlast(ctx, started.blast.id)),
          errors: started.errors.map(presentLineError),
        });
      },
    });
  });
};
