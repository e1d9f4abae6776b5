import { z } from 'zod';
import type { CaseDetail } from '../../app/cases/get-case.ts';
import type { Case } from '../../core/case/case.ts';
import { CASE_CLOCKS, type CaseClocks, nextDue } from '../../core/case/case-clocks.ts';
import { CASE_STATUSES } from '../../core/case/case-status.ts';
import { CHANNELS } from '../../core/case/channel.ts';
import { SEVERITIES } from '../../core/case/severity.ts';
import type { Customer } from '../../core/customer/customer.ts';
import { customerSchema, presentCustomer } from './customer.presenter.ts';
import { presentUser, userSchema } from './user.presenter.ts';

const iso = (date: Date | undefined) => date?.toISOString() ?? null;

export const caseSchema = z
  .object({
    id: z.uuid(),
    number: z.number().int(),
    customerId: z.uuid(),
    teamId: z.uuid().nullable(),
    title: z.string(),
    story: z.string(),
    severity: z.enum(SEVERITIES),
    channel: z.enum(CHANNELS),
    status: z.enum(CASE_STATUSES),
    ownerId: z.uuid(),
    /** What the case is about, when it came from one touchpoint (e.g. delivery 4471). */
    touchpoint: z.object({ type: z.string(), ref: z.string() }).nullable(),
    handoffCount: z.number().int(),
    reopenCount: z.number().int(),
    openedAt: z.iso.datetime(),
    waitingSince: z.iso.datetime(),
    acknowledgedAt: z.iso.datetime().nullable(),
    resolvedAt: z.iso.datetime().nullable(),
    closedAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime(),
    /** When the owner opened the case since it became theirs; null: it is new to them (their alert is up). */
    ownerSeenAt: z.iso.datetime().nullable(),
    /** Since when a message from the customer waits for an answer; null: none waits. */
    unansweredSince: z.iso.datetime().nullable(),
    /** When the customer last heard from us (the latest message to them); null: not yet. */
    lastMessageOutAt: z.iso.datetime().nullable(),
    /**
     * When each clock breaks under the severity's policy; null where it does not run (acknowledge
     * while open, update once acknowledged, resolve until resolved). `nextDue`: the one that breaks
     * first — the inbox's default order.
     */
    clocks: z
      .object({
        acknowledgeDueAt: z.iso.datetime().nullable(),
        updateDueAt: z.iso.datetime().nullable(),
        resolveDueAt: z.iso.datetime().nullable(),
        nextDue: z.object({ clock: z.enum(CASE_CLOCKS), dueAt: z.iso.datetime() }).nullable(),
      })
      .meta({ id: 'CaseClocks' }),
  })
  .meta({ id: 'Case' });

export function presentCase(c: Case): z.infer<typeof caseSchema> {
  return {
    id: c.id,
    number: c.number,
    customerId: c.customerId,
    teamId: c.teamId ?? null,
    title: c.title,
    story: c.story,
    severity: c.severity,
    channel: c.channel,
    status: c.status,
    ownerId: c.ownerId,
    touchpoint: c.touchpoint ?? null,
    handoffCount: c.handoffCount,
    reopenCount: c.reopenCount,
    openedAt: c.openedAt.toISOString(),
    waitingSince: c.waitingSince.toISOString(),
    acknowledgedAt: iso(c.acknowledgedAt),
    resolvedAt: iso(c.resolvedAt),
    closedAt: iso(c.closedAt),
    updatedAt: c.updatedAt.toISOString(),
    ownerSeenAt: iso(c.ownerSeenAt),
    unansweredSince: iso(c.unansweredSince),
    lastMessageOutAt: iso(c.lastMessageOutAt),
    clocks: presentClocks(c.clocks),
  };
}

function presentClocks(clocks: CaseClocks): z.infer<typeof caseSchema>['clocks'] {
  const next = nextDue(clocks);
  return {
    acknowledgeDueAt: iso(clocks.acknowledgeDueAt),
    updateDueAt: iso(clocks.updateDueAt),
    resolveDueAt: iso(clocks.resolveDueAt),
    nextDue: next ? { clock: next.clock, dueAt: next.dueAt.toISOString() } : null,
  };
}

const allowanceSchema = z.object({
  minutes: z.number().int(),
  /** true: counted in business hours only; false: round the clock. */
  business: z.boolean(),
});

export const caseDetailSchema = z
  .object({
    case: caseSchema,
    customer: customerSchema,
    owner: userSchema,
    /** Mail to this address lands on the case's timeline (its tag is unguessable and signed). */
    replyTo: z.string(),
    /** The customer's private status page for this case: it is in every message to them. */
    statusPageUrl: z.url(),
    /** The severity's time policy: what each clock allows, and whether the customer gets a holding message. */
    policy: z
      .object({
        acknowledgeWithin: allowanceSchema,
        updateEvery: allowanceSchema,
        resolveWithin: allowanceSchema,
        holdingMessage: z.boolean(),
      })
      .meta({ id: 'CaseTimePolicy' }),
    /** The IANA zone business time is counted in (the team's hours, else the organisation's). */
    businessTimeZone: z.string(),
    /** Since when the owner is nudged to send an update (the update clock ran out); null: not nudged. */
    updateNudgedAt: z.iso.datetime().nullable(),
    /** Amends on the case that were not declined or failed; resolving with none prompts for one or a reason. */
    amendsOnCase: z.number().int(),
  })
  .meta({ id: 'CaseDetail' });

export function presentCaseDetail(detail: CaseDetail): z.infer<typeof caseDetailSchema> {
  return {
    case: presentCase(detail.case),
    customer: presentCustomer(detail.customer),
    owner: presentUser(detail.owner),
    replyTo: detail.replyTo,
    statusPageUrl: detail.statusPageUrl,
    policy: {
      acknowledgeWithin: detail.policy.acknowledgeWithin,
      updateEvery: detail.policy.updateEvery,
      resolveWithin: detail.policy.resolveWithin,
      holdingMessage: detail.policy.holdingMessage,
    },
    businessTimeZone: detail.businessTimeZone,
    updateNudgedAt: iso(detail.updateNudgedAt),
    amendsOnCase: detail.amendsOnCase,
  };
}

export const caseListItemSchema = z
  .object({ case: caseSchema, customer: customerSchema })
  .meta({ id: 'CaseListItem' });

export function presentCaseListItem(item: {
  case: Case;
  customer: Customer;
}): z.infer<typeof caseListItemSchema> {
  return { case: presentCase(item.case), customer: presentCustomer(item.customer) };
}
