import { z } from 'zod';
import type { AmendsSettings } from '../../app/amends/get-amends-settings.ts';
import type { AmendsSpend } from '../../app/amends/get-amends-spend.ts';
import type { AuthorityLimit, TeamBudget } from '../../core/amends/authority.ts';
import { GESTURE_STATES, type Gesture } from '../../core/amends/gesture.ts';
import { GESTURE_KINDS, type GestureType } from '../../core/amends/gesture-kind.ts';
import { ROLES } from '../../core/team/role.ts';

const minorUnits = z.number().int();

export const gestureSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    gestureTypeId: z.uuid(),
    kind: z.enum(GESTURE_KINDS),
    label: z.string(),
    /** Whole minor units of `currency` (1250 is 12.50 EUR); null for gestures without money. */
    amountMinor: minorUnits.nullable(),
    currency: z.string().nullable(),
    state: z.enum(GESTURE_STATES),
    requestedBy: z.uuid(),
    decidedBy: z.uuid().nullable(),
    reason: z.string().nullable(),
    decisionReason: z.string().nullable(),
    reference: z.string().nullable(),
    code: z.string().nullable(),
    /** While issuing: why the last attempt to reach the business's system failed (it is retried). */
    lastError: z.string().nullable(),
    requestedAt: z.iso.datetime(),
    decidedAt: z.iso.datetime().nullable(),
    issuedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'AmendsGesture' });

export function presentGesture(gesture: Gesture): z.infer<typeof gestureSchema> {
  return {
    id: gesture.id,
    caseId: gesture.caseId,
    gestureTypeId: gesture.gestureTypeId,
    kind: gesture.kind,
    label: gesture.label,
    amountMinor: gesture.amountMinor ?? null,
    currency: gesture.currency ?? null,
    state: gesture.state,
    requestedBy: gesture.requestedBy,
    decidedBy: gesture.decidedBy ?? null,
    reason: gesture.reason ?? null,
    decisionReason: gesture.decisionReason ?? null,
    reference: gesture.reference ?? null,
    code: gesture.code ?? null,
    lastError: gesture.lastError ?? null,
    requestedAt: gesture.requestedAt.toISOString(),
    decidedAt: gesture.decidedAt?.toISOString() ?? null,
    issuedAt: gesture.issuedAt?.toISOString() ?? null,
  };
}

export const gestureTypeSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(GESTURE_KINDS),
    name: z.string(),
    carriesMoney: z.boolean(),
    usesCodePool: z.boolean(),
    defaultAmountMinor: minorUnits.nullable(),
    defaultCurrency: z.string().nullable(),
    active: z.boolean(),
  })
  .meta({ id: 'AmendsGestureType' });

export function presentGestureType(type: GestureType): z.infer<typeof gestureTypeSchema> {
  return {
    id: type.id,
    kind: type.kind,
    name: type.name,
    carriesMoney: type.carriesMoney,
    usesCodePool: type.usesCodePool,
    defaultAmountMinor: type.defaultAmountMinor ?? null,
    defaultCurrency: type.defaultCurrency ?? null,
    active: type.active,
  };
}

export const limitSchema = z
  .object({
    role: z.enum(ROLES),
    gestureTypeId: z.uuid(),
    currency: z.string().nullable(),
    perGestureMinor: minorUnits.nullable(),
    perCaseMinor: minorUnits.nullable(),
    perAgentMonthMinor: minorUnits.nullable(),
  })
  .meta({ id: 'AmendsLimit' });

export function presentLimit(limit: AuthorityLimit): z.infer<typeof limitSchema> {
  return {
    role: limit.role,
    gestureTypeId: limit.gestureTypeId,
    currency: limit.currency ?? null,
    perGestureMinor: limit.perGestureMinor ?? null,
    perCaseMinor: limit.perCaseMinor ?? null,
    perAgentMonthMinor: limit.perAgentMonthMinor ?? null,
  };
}

export const budgetSchema = z
  .object({ teamId: z.uuid(), currency: z.string(), monthlyMinor: minorUnits })
  .meta({ id: 'AmendsTeamBudget' });

const presentBudget = (budget: TeamBudget) => ({ ...budget });

export const amendsSettingsSchema = z.object({
  catalogue: z.array(gestureTypeSchema),
  limits: z.array(limitSchema),
  budgets: z.array(budgetSchema),
  webhook: z.object({ url: z.string(), secretSet: z.literal(true) }).nullable(),
  pools: z.array(z.object({ gestureTypeId: z.uuid(), total: z.number().int(), unused: z.number().int() })),
});

export function presentAmendsSettings(settings: AmendsSettings): z.infer<typeof amendsSettingsSchema> {
  return {
    catalogue: settings.catalogue.map(presentGestureType),
    limits: settings.limits.map(presentLimit),
    budgets: settings.budgets.map(presentBudget),
    webhook: settings.webhook ?? null,
    pools: settings.pools,
  };
}

export const amendsSpendSchema = z.object({
  month: z.object({ start: z.iso.datetime(), end: z.iso.datetime() }),
  spend: z.array(
    z.object({
      scope: z.enum(['agent', 'team']),
      id: z.uuid(),
      currency: z.string(),
      spentMinor: minorUnits,
    }),
  ),
  budgets: z.array(budgetSchema),
  ownLimits: z.array(limitSchema),
});

export function presentAmendsSpend(spend: AmendsSpend): z.infer<typeof amendsSpendSchema> {
  return {
    month: { start: spend.month.start.toISOString(), end: spend.month.end.toISOString() },
    spend: spend.spend,
    budgets: spend.budgets.map(presentBudget),
    ownLimits: spend.ownLimits.map(presentLimit),
  };
}
