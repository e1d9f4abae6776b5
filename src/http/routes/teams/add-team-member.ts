import { z } from 'zod';
import { addTeamMember } from '../../../app/teams/add-team-member.ts';
import { authOf } from '../../plugins/auth.ts';
import { presentTeam, teamSchema } from '../../presenters/team.presenter.ts';
import { idParams, type Route } from '../../route.ts';

export const addTeamMemberRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/teams/:id/members', {
    config: { access: 'admin' },
    schema: {
      summary: 'Add a person to a team (admins)',
      tags: ['teams'],
      params: idParams,
      body: z.strictObject({ userId: z.uuid() }),
      response: { 200: z.object({ team: teamSchema }) },
    },
    handler: async (request) => ({
      team: presentTeam(
        await addTeamMember(ctx, authOf(request).actor, request.params.id, request.body.userId),
      ),
    }),
  });
};
