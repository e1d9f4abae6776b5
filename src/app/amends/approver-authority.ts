import { type AuthorityLimit, approverOverruns, monthOf, type Spent } from '../../core/amends/authority.ts';
import type { Gesture } from '../../core/amends/gesture.ts';
import type { Money } from '../../core/amends/money.ts';
import type { Actor } from '../../core/team/user.ts';
import { findAuthorityLimit, listRoleAuthorityLimits } from '../../store/amend-catalogue.store.ts';
import { findApproverSpent, listApproverSpent } from '../../store/amend-gesture.store.ts';
import type { Executor } from '../../store/db.ts';

/**
 * Why approving this request would go beyond the actor's own authority (core/amends/authority
 * #approverOverruns), in one sentence a person can act on; undefined when they may approve it.
 * Read by the approval itself (under its locks); the queue reads the same for all its requests at
 * once (beyondApproverAuthorityOfEach).
 */
export async function beyondApproverAuthority(
  db: Executor,
  actor: Actor,
  gesture: Gesture,
  now: Date,
): Promise<string | undefined> {
  const money = moneyOf(actor, gesture);
  if (!money) return undefined;
  const month = monthOf(now);
  const [limit, spent] = await Promise.all([
    findAuthorityLimit(db, actor.role, gesture.gestureTypeId, money.currency),
    findApproverSpent(db, {
      caseId: gesture.caseId,
      approverId: actor.userId,
      gestureTypeId: gesture.gestureTypeId,
      currency: money.currency,
      monthStart: month.start,
      monthEnd: month.end,
    }),
  ]);
  return overrunSentence(actor, limit, money, spent);
}

/**
 * beyondApproverAuthority for every request of the approval queue, in two statements however long
 * the queue (its limits, and its spend per case, gesture type and currency): by gesture id, only
 * the requests beyond the actor's authority.
 */
export async function beyondApproverAuthorityOfEach(
  db: Executor,
  actor: Actor,
  gestures: readonly Gesture[],
  now: Date,
): Promise<Map<string, string>> {
  const judged = gestures.flatMap((gesture) => {
    const money = moneyOf(actor, gesture);
    return money ? [{ gesture, money }] : [];
  });
  const month = monthOf(now);
  const [limits, spent] = await Promise.all([
    listRoleAuthorityLimits(db, actor.role, [...new Set(judged.map(({ gesture }) => gesture.gestureTypeId))]),
    listApproverSpent(db, {
      approverId: actor.userId,
      monthStart: month.start,
      monthEnd: month.end,
      keys: judged.map(({ gesture, money }) => ({
        caseId: gesture.caseId,
        gestureTypeId: gesture.gestureTypeId,
        currency: money.currency,
      })),
    }),
  ]);
  const limitOf = new Map(limits.map((limit) => [`${limit.gestureTypeId} ${limit.currency}`, limit]));
  const spentOf = new Map(
    spent.map((sums) => [`${sums.caseId} ${sums.gestureTypeId} ${sums.currency}`, sums]),
  );
  const beyond = new Map<string, string>();
  for (const { gesture, money } of judged) {
    const sentence = overrunSentence(
      actor,
      limitOf.get(`${gesture.gestureTypeId} ${money.currency}`),
      money,
      spentOf.get(`${gesture.caseId} ${gesture.gestureTypeId} ${money.currency}`) ?? NOTHING_SPENT,
    );
    if (sentence !== undefined) beyond.set(gesture.id, sentence);
  }
  return beyond;
}

const NOTHING_SPENT = { caseMinor: 0, agentMonthMinor: 0 };

/** The money an approval would spend against the actor's own limits; undefined when none could bind (admins, no money). */
function moneyOf(actor: Actor, gesture: Gesture): Money | undefined {
  if (actor.role === 'admin' || gesture.amountMinor === undefined || !gesture.currency) return undefined;
  return { amountMinor: gesture.amountMinor, currency: gesture.currency };
}

function overrunSentence(
  actor: Actor,
  limit: AuthorityLimit | undefined,
  money: Money,
  spent: Pick<Spent, 'caseMinor' | 'agentMonthMinor'>,
): string | undefined {
  const overruns = approverOverruns(actor, limit, money, spent);
  if (overruns.length === 0) return undefined;
  return `Above your own authority: ${overruns.map((o) => o.message).join(' ')} An admin approves it; it stays in the queue.`;
}
