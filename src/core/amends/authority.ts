import type { Role } from '../team/role.ts';
import type { GestureType } from './gesture-kind.ts';
import { amountProblem, currencyProblem, formatMoney, type Money } from './money.ts';

/**
 * How far one role may go with one gesture without asking. Limits are per currency: a limit in EUR
 * says nothing about GBP, and amounts in different currencies are never added up (no exchange rate
 * is anyone's to pick here). A gesture in a currency the role has no limit for needs approval.
 * An absent amount means that dimension is not limited; a row with every amount absent is "any
 * amount". Gestures that carry no money (a replacement) have rows without a currency: having the row
 * is the authority.
 */
export type AuthorityLimit = {
  role: Role;
  gestureTypeId: string;
  currency: string | undefined;
  perGestureMinor: number | undefined;
  perCaseMinor: number | undefined;
  perAgentMonthMinor: number | undefined;
};

/** A team's money for gestures in one calendar month (UTC), in one currency. */
export type TeamBudget = { teamId: string; currency: string; monthlyMinor: number };

/**
 * What has already gone out in the request's currency: of this gesture on this case and by this
 * person this month (a limit is per gesture), and of every gesture by the case's team this month. Counted: gestures approved, being issued or issued (not declined or
 * failed, and not ones still waiting for approval: those count once approved).
 */
export type Spent = { caseMinor: number; agentMonthMinor: number; teamMonthMinor: number };

export type GestureRequest = { type: GestureType; role: Role; money: Money | undefined };

export type ApprovalReason =
  | { code: 'no_authority'; message: string }
  | {
      code: 'over_per_gesture' | 'over_per_case' | 'over_agent_month' | 'over_team_budget';
      message: string;
      limitMinor: number;
      wouldBeMinor: number;
    };

export type GestureDecision =
  | { outcome: 'issue_now' }
  | { outcome: 'needs_approval'; reasons: ApprovalReason[] }
  | { outcome: 'refused'; field: string; reason: string };

/** Why the request cannot be a gesture at all (bad amount, unknown currency…), or undefined. */
export function requestProblem(
  request: Pick<GestureRequest, 'type' | 'money'>,
): { field: string; reason: string } | undefined {
  const { type, money } = request;
  if (!type.active)
    return { field: 'gestureTypeId', reason: `${type.name} is switched off in the catalogue.` };
  if (!type.carriesMoney) {
    if (money)
      return { field: 'amountMinor', reason: `${type.name} carries no amount; leave the amount out.` };
    return undefined;
  }
  if (!money) return { field: 'amountMinor', reason: `${type.name} needs an amount and a currency.` };
  const currency = currencyProblem(money.currency);
  if (currency) return { field: 'currency', reason: currency };
  const amount = amountProblem(money.amountMinor);
  if (amount) return { field: 'amountMinor', reason: amount };
  return undefined;
}

/**
 * Whether the person may issue the gesture now, must ask a supervisor (and why), or cannot ask at all.
 * "Exactly at a limit" is within it: a limit of 50.00 allows a gesture of 50.00.
 */
export function decideGesture(
  request: GestureRequest,
  limit: AuthorityLimit | undefined,
  spent: Spent,
  budget: TeamBudget | undefined,
): GestureDecision {
  const problem = requestProblem(request);
  if (problem) return { outcome: 'refused', ...problem };
  const { type, money } = request;
  const applies =
    limit &&
    limit.role === request.role &&
    limit.gestureTypeId === type.id &&
    (money ? limit.currency === money.currency : limit.currency === undefined);
  if (!limit || !applies) {
    const what = money ? `${type.name} in ${money.currency}` : type.name;
    return {
      outcome: 'needs_approval',
      reasons: [
        { code: 'no_authority', message: `A ${request.role} has no authority of their own for ${what}.` },
      ],
    };
  }
  if (!money) return { outcome: 'issue_now' };
  const reasons: ApprovalReason[] = [];
  const over = (
    code: Exclude<ApprovalReason['code'], 'no_authority'>,
    max: number | undefined,
    wouldBe: number,
    message: string,
  ) => {
    if (max !== undefined && wouldBe > max)
      reasons.push({ code, message, limitMinor: max, wouldBeMinor: wouldBe });
  };
  const amount = money.amountMinor;
  const fmt = (amountMinor: number) => formatMoney({ amountMinor, currency: money.currency });
  over(
    'over_per_gesture',
    limit.perGestureMinor,
    amount,
    `${fmt(amount)} is above the ${fmt(limit.perGestureMinor ?? 0)} one gesture may be without approval.`,
  );
  over(
    'over_per_case',
    limit.perCaseMinor,
    spent.caseMinor + amount,
    `The case would get ${fmt(spent.caseMinor + amount)} in all, above the ${fmt(limit.perCaseMinor ?? 0)} a case may get without approval.`,
  );
  over(
    'over_agent_month',
    limit.perAgentMonthMinor,
    spent.agentMonthMinor + amount,
    `That makes ${fmt(spent.agentMonthMinor + amount)} given by this person this month, above the ${fmt(limit.perAgentMonthMinor ?? 0)} a month without approval.`,
  );
  if (budget && budget.currency === money.currency)
    over(
      'over_team_budget',
      budget.monthlyMinor,
      spent.teamMonthMinor + amount,
      `The team would spend ${fmt(spent.teamMonthMinor + amount)} this month, above its budget of ${fmt(budget.monthlyMinor)}.`,
    );
  return reasons.length === 0 ? { outcome: 'issue_now' } : { outcome: 'needs_approval', reasons };
}

/** The calendar month (UTC) a moment falls in: spend resets at 00:00 UTC on the 1st. */
export function monthOf(at: Date): { start: Date; end: Date } {
  const start = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
  const end = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));
  return { start, end };
}

/**
 * How much more of one gesture, in the limit's currency, a person may still give on this case
 * without asking: the tightest of what is left per gesture, on the case, of their month and of the
 * team's budget (never below zero). Undefined when nothing bounds it (a limit row with no amounts and
 * no budget): any amount. What the case's Amends card shows beside the form.
 */
export function computeRoom(
  limit: AuthorityLimit,
  spent: Spent,
  budget: TeamBudget | undefined,
): number | undefined {
  const left = [
    limit.perGestureMinor,
    limit.perCaseMinor === undefined ? undefined : limit.perCaseMinor - spent.caseMinor,
    limit.perAgentMonthMinor === undefined ? undefined : limit.perAgentMonthMinor - spent.agentMonthMinor,
    budget && budget.currency === limit.currency ? budget.monthlyMinor - spent.teamMonthMinor : undefined,
  ].filter((amount): amount is number => amount !== undefined);
  return left.length === 0 ? undefined : Math.max(0, Math.min(...left));
}

/** Why an approval is beyond the approver's own authority: the same three bounds, as theirs. */
export type ApproverOverrun = {
  code: 'over_per_gesture' | 'over_per_case' | 'over_agent_month';
  message: string;
  limitMinor: number;
  wouldBeMinor: number;
};

/**
 * Whether a supervisor's approval stays within their own authority. Approving spends: the gesture
 * counts against the supervisor role's limit for it — per gesture, on the case, and of what this
 * supervisor authorised this month (their approvals and their own gestures). `spent.agentMonthMinor`
 * is that month's sum; `spent.caseMinor` what the case already got of this gesture. Admins set the
 * limits and approve anything. A supervisor role with no limit row for this gesture and currency has
 * no ceiling of its own: it approves as supervisors always did, until an admin sets one. The team
 * budget is not the approver's: exceeding it is what the approval is for.
 * Returns the overruns; empty when they may approve.
 */
export function approverOverruns(
  approver: { role: Role },
  limit: AuthorityLimit | undefined,
  money: Money | undefined,
  spent: Pick<Spent, 'caseMinor' | 'agentMonthMinor'>,
): ApproverOverrun[] {
  if (approver.role === 'admin' || !limit || !money || limit.currency !== money.currency) return [];
  const fmt = (amountMinor: number) => formatMoney({ amountMinor, currency: money.currency });
  const overruns: ApproverOverrun[] = [];
  const over = (code: ApproverOverrun['code'], max: number | undefined, wouldBe: number, message: string) => {
    if (max !== undefined && wouldBe > max)
      overruns.push({ code, message, limitMinor: max, wouldBeMinor: wouldBe });
  };
  over(
    'over_per_gesture',
    limit.perGestureMinor,
    money.amountMinor,
    `${fmt(money.amountMinor)} is above the ${fmt(limit.perGestureMinor ?? 0)} a ${approver.role} may approve for one gesture.`,
  );
  over(
    'over_per_case',
    limit.perCaseMinor,
    spent.caseMinor + money.amountMinor,
    `The case would get ${fmt(spent.caseMinor + money.amountMinor)} in all, above the ${fmt(limit.perCaseMinor ?? 0)} a ${approver.role} may approve for one case.`,
  );
  over(
    'over_agent_month',
    limit.perAgentMonthMinor,
    spent.agentMonthMinor + money.amountMinor,
    `You would have authorised ${fmt(spent.agentMonthMinor + money.amountMinor)} this month, above the ${fmt(limit.perAgentMonthMinor ?? 0)} a ${approver.role} may a month.`,
  );
  return overruns;
}
