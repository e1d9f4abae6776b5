import { parseRecipientsCsv } from '../../core/blast/recipients-csv.ts';
import type { Actor } from '../../core/team/user.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';
import { type BlastStarted, type StartBlastInput, startBlast } from './start-blast.ts';

/**
 * A blast from an uploaded CSV (columns email, name, external_id, touchpoint_ref). Lines that
 * cannot be read are reported by number with the rows the rules refuse; the rest are sent.
 */
export async function startBlastFromCsv(
  ctx: AppContext,
  actor: Actor | undefined,
  input: Omit<StartBlastInput, 'recipients' | 'unreadable'> & { csv: string },
): Promise<BlastStarted> {
  if (actor) assertRole(actor, 'supervisor');
  const { csv, ...fields } = input;
  const { rows, errors } = parseRecipientsCsv(csv);
  return startBlast(ctx, actor, { ...fields, recipients: rows, unreadable: errors });
}
