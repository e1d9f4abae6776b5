import { type AmendsWebhook, resolveAmendsWebhook } from '../../core/amends/amends-webhook.ts';
import type { Executor } from '../../store/db.ts';
import { findSetting } from '../../store/setting.store.ts';

/** The settings document holding the webhook's URL and secret. */
export const AMENDS_WEBHOOK_SETTING = 'amends-webhook';

/** The webhook in force, or undefined: gestures are then issued by hand with a reference. */
export async function findAmendsWebhook(db: Executor): Promise<AmendsWebhook | undefined> {
  return resolveAmendsWebhook(await findSetting(db, AMENDS_WEBHOOK_SETTING));
}
