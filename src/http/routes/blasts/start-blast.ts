import { startBlast } from '../../../app/blasts/start-blast.ts';
import { MAX_CSV_BYTES } from '../../../core/blast/recipient-rows.ts';
import { authOf } from '../../plugins/auth.ts';
import { blastStartedSchema, presentBlastStarted } from '../../presenters/blast.presenter.ts';
import type { Route } from '../../route.ts';
import { blastBody } from '../../schemas/blast-body.ts';

export const startBlastRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/blasts', {
    config: { access: 'supervisor', idempotent: true },
    bodyLimit: MAX_CSV_BYTES,
    schema: {
      summary:
        'Send a survey to a list of customers (supervisors); unsubscribed and bounced addresses are skipped',
      description:
        'Answers at once with the blast, `preparing`: a job turns the rows into queued mail, a batch at a time (follow it at GET /api/v1/blasts/{id}). The same list for the same survey within a day is refused (409 SAME_LIST_SENT, naming the earlier blast), so a retried request mails nobody twice.',
      tags: ['blasts'],
      body: blastBody,
      response: { 201: blastStartedSchema },
    },
    handler: async (request, reply) => {
      const { recipients, ...rest } = request.body;
      const started = await startBlast(ctx, authOf(request).actor, {
        ...rest,
        recipients: recipients.map((recipient, i) => ({ line: i + 1, ...recipient })),
      });
      return reply.code(201).send(presentBlastStarted(started));
    },
  });
};
