import type { Team } from '../../core/team/team.ts';
import { listTeams as listAllTeams } from '../../store/team.store.ts';
import type { AppContext } from '../context.ts';

export function listTeams(ctx: AppContext): Promise<Team[]> {
  return listAllTeams(ctx.db);
}
