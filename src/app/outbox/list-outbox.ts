import type { OutboundEmail, OutboundEmailStatus } from '../../core/mail/outbound-email.ts';
import { listOutboundEmails } from '../../store/outbound-email.store.ts';
import type { AppContext } from '../context.ts';

/**
 * The outbound emails, newest first: where no SMTP server is configured this is the local outbox,
 * where a newcomer reads what would have been sent (status `held`).
 */
export function listOutbox(
  ctx: AppContext,
  options: { status?: OutboundEmailStatus | undefined; blastId?: string | undefined; limit: number },
): Promise<OutboundEmail[]> {
  return listOutboundEmails(ctx.db, options);
}
