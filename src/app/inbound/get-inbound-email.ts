import type { InboundAttachment, InboundEmail } from '../../core/mail/inbound-email.ts';
import { AppError } from '../../core/shared/app-error.ts';
import {
  findInboundAttachmentContent,
  findInboundEmailById,
  listInboundAttachments,
} from '../../store/inbound-email.store.ts';
import type { AppContext } from '../context.ts';

/** One inbound email as it can be shown whole: its text, sanitised HTML and attachments. */
export async function getInboundEmail(
  ctx: AppContext,
  id: string,
): Promise<{ email: InboundEmail; attachments: InboundAttachment[] }> {
  const email = await findInboundEmailById(ctx.db, id);
  if (!email) throw new AppError('NOT_FOUND', 'No inbound email has that id.');
  return { email, attachments: await listInboundAttachments(ctx.db, id) };
}

/** A kept attachment's bytes, to be served as a download only. */
export async function getInboundAttachment(
  ctx: AppContext,
  emailId: string,
  attachmentId: string,
): Promise<{ filename: string; content: Buffer }> {
  const found = await findInboundAttachmentContent(ctx.db, emailId, attachmentId);
  if (!found) throw new AppError('NOT_FOUND', 'That email has no kept attachment with that id.');
  return found;
}
