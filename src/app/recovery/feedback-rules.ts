import { DEFAULT_FEEDBACK_RULES, type FeedbackRules } from '../../core/rating/feedback-rules.ts';
import type { Actor } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import type { Executor } from '../../store/db.ts';
import { findSetting, saveSetting } from '../../store/setting.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';

const NAME = 'feedback-rules';

/** The rules in force: saved ones over the defaults (a rule added later starts at its default). */
export async function getFeedbackRules(db: Executor): Promise<FeedbackRules> {
  const saved = (await findSetting(db, NAME)) as Partial<FeedbackRules> | undefined;
  return { ...DEFAULT_FEEDBACK_RULES, ...(saved ?? {}) };
}

export async function updateFeedbackRules(
  ctx: AppContext,
  actor: Actor,
  changes: Partial<FeedbackRules>,
): Promise<FeedbackRules> {
  assertRole(actor, 'admin');
  return ctx.db.transaction().execute(async (trx) => {
    const next = { ...(await getFeedbackRules(trx)), ...changes };
    await saveSetting(trx, NAME, next, ctx.now());
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'settings.feedback_rules_updated',
      subjectType: 'settings',
      subjectId: NAME,
      details: changes,
    });
    return next;
  });
}
