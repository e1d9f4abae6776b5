import { z } from 'zod';
import { ROLES } from '../../core/team/role.ts';
import type { User } from '../../core/team/user.ts';

export const userSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    active: z.boolean(),
    available: z.boolean(),
    teamIds: z.array(z.uuid()),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'User' });

/** Never a raw row: no password hash can leave by accident. */
export function presentUser(user: User): z.infer<typeof userSchema> {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    active: user.active,
    available: user.available,
    teamIds: user.teamIds,
    createdAt: user.createdAt.toISOString(),
  };
}
