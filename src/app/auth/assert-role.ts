import { AppError } from '../../core/shared/app-error.ts';
import { hasRole, type Role } from '../../core/team/role.ts';
import type { Actor } from '../../core/team/user.ts';

/** Throws FORBIDDEN unless the actor holds `minimum` or a higher role. */
export function assertRole(actor: Actor, minimum: Role): void {
  if (!hasRole(actor.role, minimum)) {
    throw new AppError('FORBIDDEN', `This needs the ${minimum} role; you are signed in as ${actor.role}.`);
  }
}
