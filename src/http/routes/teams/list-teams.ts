import { z } from 'zod';
import { listTeams } from '../../../app/teams/list-teams.ts';
import { presentTeam, teamSchema } from '../../presenters/team.presenter.ts';
import type { Route } from '../../route.ts';

export const listTeamsRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/teams', {
    schema: {
      summary: 'All teams with their members',
      tags: ['teams'],
      response: { 200: z.object({ teams: z.array(teamSchema) }) },
    },
    handler: async () => ({ teams: (await listTeams(ctx)).map(presentTeam) }),
  });
};
