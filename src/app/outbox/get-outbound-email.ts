import type { OutboundEmail } from '../../core/mail/outbound-email.ts';
import { AppError } from '../../core/shared/app-error.ts';
import { findOutboundEmailById } from '../../store/outbound-email.store.ts';
import type { AppContext } from '../context.ts';

/** One outbound email with its content (subject, text, HTML and headers, once composed). */
export async function getOutboundEmail(ctx: AppContext, id: string): Promise<OutboundEmail> {
  const email = await findOutboundEmailById(ctx.db, id);
  if (!email) throw new AppError('NOT_FOUND', 'No outbound email has that id.');
  return email;
}
