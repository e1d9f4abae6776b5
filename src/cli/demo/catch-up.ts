/**
 * The demo's stories are told in minutes before the load, but business-hours clocks count only the
 * working hours in between, so how far they have run depends on when in the week the demo is loaded.
 * A newcomer's inbox should open on clocks still running, as on a team that keeps up: so, after the
 * stories, every active case whose clock has already run out is put in order a few minutes before
 * the load, through the real use cases — the owner acknowledges what waited and writes the update that
 * was due.
 */
import { changeCaseStatus } from '../../app/cases/change-case-status.ts';
import { getCase } from '../../app/cases/get-case.ts';
import { listCases } from '../../app/cases/list-cases.ts';
import { markCaseSeen } from '../../app/cases/mark-case-seen.ts';
import type { AppContext } from '../../app/context.ts';
import { sendCaseMessage } from '../../app/conversation/send-case-message.ts';
import { nextDue } from '../../core/case/case-clocks.ts';
import type { Actor } from '../../core/team/user.ts';

/** How long before the load the owners catch up: recent, and well inside any clock it restarts. */
const CAUGHT_UP_MINUTES_AGO = 12;

/** Puts in order the active cases whose next clock is already past; returns how many it touched. */
export async function catchUpClocks(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  const at: AppContext = { ...ctx, now: () => new Date(now.getTime() - CAUGHT_UP_MINUTES_AGO * 60_000) };
  const active = await listCases(ctx, { statuses: ['open', 'acknowledged'], limit: 200 });
  let touched = 0;
  for (const { case: listed, customer } of active.items) {
    const { owner } = await getCase(ctx, listed.id);
    const actor: Actor = { userId: owner.id, role: owner.role, via: 'session' };
    const first = customer.name?.split(' ')[0] || 'there';
    let acted = false;
    // Acknowledging starts the update clock; one pass per clock is enough to run out of past ones.
    for (let pass = 0; pass < 2; pass++) {
      const { case: c } = await getCase(at, listed.id);
      const due = nextDue(c.clocks);
      if (!due || due.dueAt > now) break;
      if (!acted) await markCaseSeen(at, actor, c.id);
      acted = true;
      if (due.clock === 'acknowledge')
        await changeCaseStatus(at, actor, c.id, {
          status: 'acknowledged',
          note: `Called ${first}: apologised, and said what happens next.`,
        });
      else if (due.clock === 'update')
        await sendCaseMessage(at, actor, c.id, {
          text: `Hello ${first}, a quick update: we are still on it, and we will write again as soon as there is news.`,
        });
      else break;
    }
    if (acted) touched++;
  }
  return touched;
}
