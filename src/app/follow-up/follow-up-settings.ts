import {
  FOLLOW_UP_LIMITS,
  type FollowUpSettings,
  followUpSettingsOf,
} from '../../core/follow-up/follow-up-settings.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import type { Executor } from '../../store/db.ts';
import { findSetting, saveSetting } from '../../store/setting.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';

const NAME = 'follow-up';

/** The settings in force: saved ones over the defaults. */
export async function getFollowUpSettings(db: Executor): Promise<FollowUpSettings> {
  return followUpSettingsOf(await findSetting(db, NAME));
}

/** Admins change how long a reply reopens a case and when the follow-up goes (new resolutions on). */
export async function updateFollowUpSettings(
  ctx: AppContext,
  actor: Actor,
  input: FollowUpSettings,
): Promise<FollowUpSettings> {
  assertRole(actor, 'admin');
  for (const name of ['reopenWithinDays', 'followUpBusinessDays'] as const) {
    const { min, max } = FOLLOW_UP_LIMITS[name];
    const n = input[name];
    if (!Number.isInteger(n) || n < min || n > max)
      throw new AppError(
        'VALIDATION_FAILED',
        `${name} must be a whole number of days from ${min} to ${max}.`,
        {
          field: name,
        },
      );
  }
  return ctx.db.transaction().execute(async (trx) => {
    await saveSetting(trx, NAME, input, ctx.now());
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'settings.follow_up_updated',
      subjectType: 'settings',
      subjectId: NAME,
      details: input,
    });
    return input;
  });
}
