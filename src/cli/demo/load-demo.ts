/**
 * Loads the demo through the real use cases, so every timeline, owner, hand-off and audit entry is
 * what the product itself would have written. Each piece is found before it is made (teams and people
 * by name and email, customers by their `demo-` external id, cases by customer and title), so a second
 * load changes nothing and an interrupted one picks up where it stopped.
 */
import { addCaseNote } from '../../app/cases/add-case-note.ts';
import { changeCaseStatus } from '../../app/cases/change-case-status.ts';
import { getCase } from '../../app/cases/get-case.ts';
import { handOffCase } from '../../app/cases/hand-off-case.ts';
import { listCases } from '../../app/cases/list-cases.ts';
import { markCaseSeen } from '../../app/cases/mark-case-seen.ts';
import { openCase } from '../../app/cases/open-case.ts';
import type { AppContext } from '../../app/context.ts';
import { sendCaseMessage } from '../../app/conversation/send-case-message.ts';
import { searchCustomers } from '../../app/customers/search-customers.ts';
import { upsertCustomer } from '../../app/customers/upsert-customer.ts';
import { answerKnockOnNeed } from '../../app/knock-on/answer-knock-on-need.ts';
import { getCaseKnockOnNeeds } from '../../app/knock-on/get-case-knock-on-needs.ts';
import { listIssueTypes } from '../../app/knock-on/list-issue-types.ts';
import { saveIssueType } from '../../app/knock-on/save-issue-type.ts';
import { replyOnStatusPage } from '../../app/status-page/reply-on-status-page.ts';
import { createTeam } from '../../app/teams/create-team.ts';
import { listTeams } from '../../app/teams/list-teams.ts';
import { createUser } from '../../app/users/create-user.ts';
import { listUsers } from '../../app/users/list-users.ts';
import { signStatusToken } from '../../core/case/case-links.ts';
import { CASE_STATUSES } from '../../core/case/case-status.ts';
import type { Actor, User } from '../../core/team/user.ts';
import { catchUpClocks } from './catch-up.ts';
import { DEMO_CASES, type DemoCase, type DemoStep } from './demo-cases.ts';
import { MORE_CUSTOMERS } from './demo-feedback.ts';
import { DEMO_ISSUE_TYPES } from './demo-issue-types.ts';
import {
  type CustomerKey,
  DEMO_CUSTOMERS,
  DEMO_STAFF,
  DEMO_TEAMS,
  type DemoTeam,
  type StaffKey,
} from './demo-people.ts';
import { type FeedbackOutcome, loadFeedbackMonth } from './load-feedback.ts';

export type DemoOutcome = {
  created: { teams: number; people: number; customers: number; cases: number; issueTypes: number };
  /** The month of ratings, comments and the blast; undefined when loaded before or not loaded now. */
  feedback: FeedbackOutcome | undefined;
  /** The demo's people, and whether this load created them (and so gave them the password). */
  staff: { user: User; created: boolean }[];
};

/**
 * `withFeedback: false` leaves the month of feedback out (a running Amends's worker would answer its
 * ratings as they are loaded, today instead of on the days they belong to).
 */
export async function loadDemo(
  ctx: AppContext,
  password: string,
  options: { withFeedback: boolean },
): Promise<DemoOutcome> {
  const teams = await ensureTeams(ctx);
  const staff = await ensureStaff(ctx, teams.ids, password);
  const customers = await ensureCustomers(ctx);
  const more = await ensureMoreCustomers(ctx);
  const issueTypes = await ensureIssueTypes(ctx);
  const pending = await casesNotYetOpened(ctx, customers.ids);
  await playCases(ctx, pending, {
    teamIds: teams.ids,
    issueTypeIds: issueTypes.ids,
    customerIds: customers.ids,
    staff: Object.fromEntries(Object.entries(staff.byKey).map(([key, s]) => [key, s.user])) as Record<
      StaffKey,
      User
    >,
    everyone: new Map((await listUsers(ctx)).map((user) => [user.id, user])),
  });
  const everyCustomer = [
    ...(Object.entries(DEMO_CUSTOMERS) as [CustomerKey, (typeof DEMO_CUSTOMERS)[CustomerKey]][]).map(
      ([key, details]) => ({ ...details, id: customers.ids[key] }),
    ),
    ...more.customers,
  ].map((c) => ({ id: c.id, name: c.name ?? '', externalId: c.externalId, email: c.emails?.[0] ?? '' }));
  const feedback = options.withFeedback
    ? await loadFeedbackMonth(ctx, {
        teamIds: teams.ids,
        customers: everyCustomer,
        supervisor: staff.byKey.grace.user,
      })
    : undefined;
  // Only a load that told stories catches up: a second run changes nothing, as the command says.
  if (pending.length > 0 || feedback) await catchUpClocks(ctx);
  return {
    created: {
      teams: teams.created,
      people: staff.created,
      customers: customers.created + more.created,
      cases: pending.length,
      issueTypes: issueTypes.created,
    },
    feedback,
    staff: Object.values(staff.byKey),
  };
}

async function ensureTeams(ctx: AppContext) {
  const existing = await listTeams(ctx);
  const ids = {} as Record<DemoTeam, string>;
  let created = 0;
  for (const name of DEMO_TEAMS) {
    const found = existing.find((team) => team.name.toLowerCase() === name.toLowerCase());
    if (found) ids[name] = found.id;
    else {
      ids[name] = (await createTeam(ctx, undefined, { name })).id;
      created++;
    }
  }
  return { ids, created };
}

async function ensureIssueTypes(ctx: AppContext) {
  const existing = await listIssueTypes(ctx);
  const ids: Record<string, string> = {};
  let created = 0;
  for (const type of DEMO_ISSUE_TYPES) {
    const found = existing.find((t) => t.name.toLowerCase() === type.name.toLowerCase());
    if (found) ids[type.name] = found.id;
    else {
      ids[type.name] = (await saveIssueType(ctx, undefined, undefined, type)).id;
      created++;
    }
  }
  return { ids, created };
}

async function ensureStaff(ctx: AppContext, teamIds: Record<DemoTeam, string>, password: string) {
  const existing = await listUsers(ctx);
  const byKey = {} as Record<StaffKey, { user: User; created: boolean }>;
  let created = 0;
  for (const [key, person] of Object.entries(DEMO_STAFF) as [StaffKey, (typeof DEMO_STAFF)[StaffKey]][]) {
    const found = existing.find((user) => user.email === person.email);
    if (found) byKey[key] = { user: found, created: false };
    else {
      const user = await createUser(ctx, undefined, {
        email: person.email,
        name: person.name,
        role: person.role,
        password,
        teamIds: person.teams.map((team: DemoTeam) => teamIds[team]),
      });
      byKey[key] = { user, created: true };
      created++;
    }
  }
  return { byKey, created };
}

async function ensureCustomers(ctx: AppContext) {
  const ids = {} as Record<CustomerKey, string>;
  let created = 0;
  for (const [key, details] of Object.entries(DEMO_CUSTOMERS) as [
    CustomerKey,
    (typeof DEMO_CUSTOMERS)[CustomerKey],
  ][]) {
    const matches = await searchCustomers(ctx, { q: details.externalId, limit: 10 });
    const found = matches.find((customer) => customer.externalId === details.externalId);
    if (found) ids[key] = found.id;
    else {
      ids[key] = (await upsertCustomer(ctx, undefined, details)).customer.id;
      created++;
    }
  }
  return { ids, created };
}

/** The crowd a month of ratings comes from, found by their `demo-` external id like the ten above. */
async function ensureMoreCustomers(ctx: AppContext) {
  const customers: ((typeof MORE_CUSTOMERS)[number] & { id: string })[] = [];
  let created = 0;
  for (const details of MORE_CUSTOMERS) {
    const matches = await searchCustomers(ctx, { q: details.externalId, limit: 10 });
    const found = matches.find((customer) => customer.externalId === details.externalId);
    if (found) customers.push({ ...details, id: found.id });
    else {
      customers.push({ ...details, id: (await upsertCustomer(ctx, undefined, details)).customer.id });
      created++;
    }
  }
  return { customers, created };
}

async function casesNotYetOpened(ctx: AppContext, customerIds: Record<CustomerKey, string>) {
  const pending: DemoCase[] = [];
  for (const demoCase of DEMO_CASES) {
    const theirs = await listCases(ctx, {
      customerId: customerIds[demoCase.customer],
      statuses: [...CASE_STATUSES],
      limit: 100,
    });
    if (!theirs.items.some((item) => item.case.title === demoCase.title)) pending.push(demoCase);
  }
  return pending;
}

type Cast = {
  teamIds: Record<DemoTeam, string>;
  /** The demo's issue types by name. */
  issueTypeIds: Record<string, string>;
  customerIds: Record<CustomerKey, string>;
  staff: Record<StaffKey, User>;
  /** Everyone, by id: the assignment rule may pick someone who was in a demo team before the demo. */
  everyone: Map<string, User>;
};

/**
 * Plays every case's opening and steps in the order they happened across all cases, with the clock
 * set to each moment, so the assignment rule sees the load each person really had at that time.
 * Only the timeline is back-dated; the audit log keeps the real time of the load.
 */
async function playCases(ctx: AppContext, cases: DemoCase[], cast: Cast): Promise<void> {
  const start = ctx.now().getTime();
  let clock = new Date(start);
  const atClock: AppContext = { ...ctx, now: () => clock };
  const moments = cases.flatMap((demoCase, index) => [
    { index, minutesAgo: demoCase.openedMinutesAgo, step: undefined },
    ...demoCase.steps.map((step) => ({ index, minutesAgo: step.minutesAgo, step })),
  ]);
  moments.sort((a, b) => b.minutesAgo - a.minutesAgo);

  const opened = new Map<number, { caseId: string; ownerId: string }>();
  for (const moment of moments) {
    clock = new Date(start - moment.minutesAgo * 60_000);
    const demoCase = cases[moment.index]!;
    if (!moment.step) {
      const taker = demoCase.takenBy ? cast.staff[demoCase.takenBy] : undefined;
      const created = await openCase(atClock, taker && actorOf(taker), {
        customerId: cast.customerIds[demoCase.customer],
        title: demoCase.title,
        story: demoCase.story,
        severity: demoCase.severity,
        channel: demoCase.channel,
        teamId: cast.teamIds[demoCase.team],
        ownerId: taker?.id,
        issueTypeId: demoCase.issueType ? cast.issueTypeIds[demoCase.issueType] : undefined,
      });
      opened.set(moment.index, { caseId: created.id, ownerId: created.ownerId });
    } else {
      const current = opened.get(moment.index)!;
      current.ownerId = await playStep(atClock, current, moment.step, cast);
    }
  }
}

/** Plays one step; returns the owner after it. */
async function playStep(
  ctx: AppContext,
  current: { caseId: string; ownerId: string },
  step: DemoStep,
  cast: Cast,
): Promise<string> {
  const owner = cast.everyone.get(current.ownerId);
  if (!owner) throw new Error(`the demo case's owner ${current.ownerId} is not a known user`);
  const actor =
    (step.kind === 'note' || step.kind === 'status') && step.by
      ? actorOf(cast.staff[step.by])
      : actorOf(owner);
  // An owner who acts on their case has opened it: its "New case for you" alert is behind them.
  if (actor.userId === owner.id) await markCaseSeen(ctx, actor, current.caseId);
  switch (step.kind) {
    case 'note':
      await addCaseNote(ctx, actor, current.caseId, { body: step.body });
      return current.ownerId;
    case 'status':
      await changeCaseStatus(ctx, actor, current.caseId, {
        status: step.status,
        note: step.note,
        resolution: step.resolution,
      });
      return current.ownerId;
    case 'handoff': {
      const to = cast.staff[step.to];
      if (to.id === current.ownerId) return current.ownerId;
      await handOffCase(ctx, actor, current.caseId, { toUserId: to.id, reason: step.reason });
      return to.id;
    }
    case 'message':
      await sendCaseMessage(ctx, actor, current.caseId, { text: step.text });
      return current.ownerId;
    case 'need': {
      const { needs } = await getCaseKnockOnNeeds(ctx, current.caseId);
      const need = needs.find((item) => item.need.label === step.label);
      if (!need) throw new Error(`the demo case has no knock-on need "${step.label}"`);
      await answerKnockOnNeed(ctx, actor, current.caseId, need.need.id, {
        answer: step.answer,
        note: step.note,
      });
      return current.ownerId;
    }
    case 'reply': {
      const { case: found } = await getCase(ctx, current.caseId);
      await replyOnStatusPage(ctx, signStatusToken(ctx.linkSecret, found.statusKey), step.text);
      return current.ownerId;
    }
  }
}

/** The demo's people act as they would from the console. */
function actorOf(user: User): Actor {
  return { userId: user.id, role: user.role, via: 'session' };
}
