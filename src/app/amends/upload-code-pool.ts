import { parseCodeLines } from '../../core/amends/code-pool.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { findGestureType } from '../../store/amend-catalogue.store.ts';
import { addCodes } from '../../store/amend-code.store.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';

/** An admin adds coupon or gift-card codes (CSV or one a line) to a gesture's pool; repeats are skipped. */
export async function uploadCodePool(
  ctx: AppContext,
  actor: Actor,
  gestureTypeId: string,
  input: { text: string },
): Promise<{ added: number; skipped: number }> {
  assertRole(actor, 'admin');
  const parsed = parseCodeLines(input.text);
  if (parsed.kind === 'problem') throw new AppError('VALIDATION_FAILED', parsed.reason, { field: 'text' });
  return ctx.db.transaction().execute(async (trx) => {
    const type = await findGestureType(trx, gestureTypeId);
    if (!type) throw new AppError('NOT_FOUND', 'No gesture in the catalogue has that id.');
    if (!type.usesCodePool)
      throw new AppError(
        'VALIDATION_FAILED',
        `${type.name} does not use a code pool; switch it on in the catalogue first.`,
        {
          field: 'gestureTypeId',
        },
      );
    const added = await addCodes(trx, type.id, parsed.codes, actor.userId, ctx.now());
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'amends.codes_uploaded',
      subjectType: 'amend_gesture_type',
      subjectId: type.id,
      details: { added, skipped: parsed.codes.length - added },
    });
    return { added, skipped: parsed.codes.length - added };
  });
}
