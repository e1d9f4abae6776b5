import { z } from 'zod';
import { listCaseEvents } from '../../../app/cases/list-case-events.ts';
import { caseEventSchema, presentCaseEvent } from '../../presenters/case-event.presenter.ts';
import { caseRefParams, type Route } from '../../route.ts';

const querystring = z.strictObject({
  /** Only events after this id (what is new since the last look). */
  afterId: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});

export const listCaseEventsRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/cases/:id/events', {
    schema: {
      summary: "The case's timeline, oldest first",
      tags: ['cases'],
      params: caseRefParams,
      querystring,
      response: { 200: z.object({ events: z.array(caseEventSchema) }) },
    },
    handler: async (request) => ({
      events: (await listCaseEvents(ctx, request.params.id, request.query)).map(presentCaseEvent),
    }),
  });
};
