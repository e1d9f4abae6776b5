import { type Blast, type BlastProgress, computeResponseRate } from '../../core/blast/blast.ts';
import type { LineError } from '../../core/blast/recipient-rows.ts';
import { AppError } from '../../core/shared/app-error.ts';
import {
  type BlastEmailCounts,
  countBlastEmails,
  findBlastById,
  findBlastLineErrors,
  noBlastEmails,
} from '../../store/blast.store.ts';
import type { AppContext } from '../context.ts';

export type BlastWithProgress = { blast: Blast; progress: BlastProgress };

/**
 * One blast: how far its preparation is, where its emails are (queued, held, sent, failed,
 * suppressed), how many were answered, and the lines it refused.
 */
export async function getBlast(
  ctx: AppContext,
  id: string,
): Promise<BlastWithProgress & { errors: LineError[] }> {
  const blast = await findBlastById(ctx.db, id);
  if (!blast) throw new AppError('NOT_FOUND', 'No blast has that id.');
  const [counts, errors] = await Promise.all([
    countBlastEmails(ctx.db, [id]),
    findBlastLineErrors(ctx.db, id),
  ]);
  return { blast, progress: progressOf(counts.get(id)), errors };
}

/** What a blast's email counts add up to: the status counts, answers and the response rate. */
export function progressOf({ emails, answered }: BlastEmailCounts = noBlastEmails()): BlastProgress {
  return {
    emails,
    answered,
    responseRate: computeResponseRate({ answered, sent: emails.sent }),
  };
}
