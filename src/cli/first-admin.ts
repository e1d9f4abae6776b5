import type { AppContext } from '../app/context.ts';
import { ensureFirstAdmin } from '../app/system/ensure-first-admin.ts';
import type { Env } from '../config/env.ts';

/**
 * `npm start` creates the first admin only when there are no users at all; a command that adds the
 * first users (demo, create-user on a fresh install) would leave the install without an admin. So
 * such a command makes that admin itself, exactly as the first start would, and says how to sign in.
 */
export async function ensureAdminLikeFirstStart(ctx: AppContext, env: Env): Promise<void> {
  const admin = await ensureFirstAdmin(ctx, {
    email: env.AMENDS_ADMIN_EMAIL,
    password: env.AMENDS_ADMIN_PASSWORD,
  });
  if (!admin) return;
  if (admin.generated) {
    console.log(`First admin created: ${admin.email}, password: ${admin.password}`);
    console.log('That password was generated and is shown only now: keep it.');
  } else {
    console.log(`First admin created: ${admin.email}, with the password in AMENDS_ADMIN_PASSWORD.`);
  }
}
