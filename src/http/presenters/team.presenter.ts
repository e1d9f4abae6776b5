import { z } from 'zod';
import type { Team } from '../../core/team/team.ts';

export const teamSchema = z
  .object({ id: z.uuid(), name: z.string(), memberIds: z.array(z.uuid()), createdAt: z.iso.datetime() })
  .meta({ id: 'Team' });

export function presentTeam(team: Team): z.infer<typeof teamSchema> {
  return { id: team.id, name: team.name, memberIds: team.memberIds, createdAt: team.createdAt.toISOString() };
}
