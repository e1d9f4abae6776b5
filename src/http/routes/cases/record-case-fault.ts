import { z } from 'zod';
import { recordCaseFault } from '../../../app/cases/record-case-fault.ts';
import { authOf } from '../../plugins/auth.ts';
import { caseEventSchema, presentCaseEvent } from '../../presenters/case-event.presenter.ts';
import { idParams, type Route, text } from '../../route.ts';

export const recordCaseFaultRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/cases/:id/fault', {
    schema: {
      summary: 'Record that the fault was ours, once per case: admitting it to the customer is then right',
      tags: ['cases'],
      params: idParams,
      /** `text`: what went wrong on our side, in a sentence. */
      body: z.strictObject({ text: text(2000, 'Say what went wrong first.') }),
      response: { 200: z.object({ event: caseEventSchema }) },
    },
    handler: async (request) => {
      const event = await recordCaseFault(ctx, authOf(request).actor, request.params.id, request.body);
      return { event: presentCaseEvent(event) };
    },
  });
};
