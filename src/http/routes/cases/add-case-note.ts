import { z } from 'zod';
import { addCaseNote } from '../../../app/cases/add-case-note.ts';
import { authOf } from '../../plugins/auth.ts';
import { caseEventSchema, presentCaseEvent } from '../../presenters/case-event.presenter.ts';
import { idParams, type Route, text } from '../../route.ts';

export const addCaseNoteRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/cases/:id/notes', {
    schema: {
      summary: 'Add an internal note to the timeline',
      tags: ['cases'],
      params: idParams,
      body: z.strictObject({ body: text(20_000) }),
      response: { 201: z.object({ event: caseEventSchema }) },
    },
    handler: async (request, reply) => {
      const event = await addCaseNote(ctx, authOf(request).actor, request.params.id, request.body);
      return reply.code(201).send({ event: presentCaseEvent(event) });
    },
  });
};
