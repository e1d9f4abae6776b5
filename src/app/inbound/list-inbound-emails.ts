import type { InboundEmail, InboundEmailStatus } from '../../core/mail/inbound-email.ts';
import { listInboundEmails as listInboundEmailRows } from '../../store/inbound-email.store.ts';
import type { AppContext } from '../context.ts';

/** Inbound emails, newest first; `flagged` is what waits for a person (unreadable, untrusted, too big). */
export function listInboundEmails(
  ctx: AppContext,
  options: { status?: InboundEmailStatus | undefined; limit: number },
): Promise<InboundEmail[]> {
  return listInboundEmailRows(ctx.db, options);
}
