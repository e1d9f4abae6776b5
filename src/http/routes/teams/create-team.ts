import { z } from 'zod';
import { createTeam } from '../../../app/teams/create-team.ts';
import { authOf } from '../../plugins/auth.ts';
import { presentTeam, teamSchema } from '../../presenters/team.presenter.ts';
import { type Route, text } from '../../route.ts';

export const createTeamRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/teams', {
    config: { access: 'admin' },
    schema: {
      summary: 'Create a team (admins)',
      tags: ['teams'],
      body: z.strictObject({ name: text(100) }),
      response: { 201: z.object({ team: teamSchema }) },
    },
    handler: async (request, reply) => {
      const team = await createTeam(ctx, authOf(request).actor, request.body);
      return reply.code(201).send({ team: presentTeam(team) });
    },
  });
};
