import { countBlastEmails, listBlasts as listBlastRows } from '../../store/blast.store.ts';
import type { AppContext } from '../context.ts';
import { type BlastWithProgress, progressOf } from './get-blast.ts';

/** The latest blasts, newest first, each with its progress and response rate. */
export async function listBlasts(ctx: AppContext, options: { limit: number }): Promise<BlastWithProgress[]> {
  const blasts = await listBlastRows(ctx.db, options);
  const counts = await countBlastEmails(
    ctx.db,
    blasts.map((b) => b.id),
  );
  return blasts.map((blast) => ({ blast, progress: progressOf(counts.get(blast.id)) }));
}
