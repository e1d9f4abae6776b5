import { getCase } from '../../src/app/cases/get-case.ts';
import type { AppContext } from '../../src/app/context.ts';
import { appendCaseEvents } from '../../src/store/case-event.store.ts';
import { publishLive } from '../../src/store/live.store.ts';

/** The path of a case's status page (`/s/<key>.<signature>`), as its statusPageUrl names it. */
export async function statusPathOf(ctx: AppContext, caseId: string): Promise<string> {
  return new URL((await getCase(ctx, caseId)).statusPageUrl).pathname;
}

/**
 * A message from the case to its customer as the timeline keeps it (`message_out`), with the live
 * message its commit sends. Written straight into the store: composing and mailing it is another
 * part's work; the status page only reads the event.
 */
export async function writeToCustomer(
  ctx: AppContext,
  caseId: string,
  authorId: string | undefined,
  body: string,
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await appendCaseEvents(
      trx,
      caseId,
      [{ kind: 'message_out', actorUserId: authorId, body, data: { channel: 'email' } }],
      ctx.now(),
    );
    await publishLive(trx, { type: 'case.changed', caseId });
  });
}
