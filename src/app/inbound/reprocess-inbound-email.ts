import type { InboundEmail } from '../../core/mail/inbound-email.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import {
  findInboundEmailById,
  lockInboundEmailStatus,
  resetInboundEmail,
} from '../../store/inbound-email.store.ts';
import type { AppContext } from '../context.ts';

/**
 * Runs a flagged email through processing again (after a fix, or once the reason is gone): back to
 * `received` with its job queued, in one transaction. A threaded or ignored email is refused
 * (CONFLICT): it already had its effect, and a second run would add its message twice.
 */
export async function reprocessInboundEmail(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<InboundEmail> {
  await ctx.db.transaction().execute(async (trx) => {
    const status = await lockInboundEmailStatus(trx, id);
    if (!status) throw new AppError('NOT_FOUND', 'No inbound email has that id.');
    if (!(await resetInboundEmail(trx, id)))
      throw new AppError(
        'CONFLICT',
        `This email is ${status}: only a flagged email (or one still waiting) can be run again.`,
      );
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'inbound_email.reprocessed',
      subjectType: 'inbound_email',
      subjectId: id,
      details: { from: status },
    });
  });
  const email = await findInboundEmailById(ctx.db, id);
  if (!email) throw new AppError('NOT_FOUND', 'No inbound email has that id.');
  return email;
}
