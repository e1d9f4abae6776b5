import { randomBytes } from 'node:crypto';
import { type OpenCaseInput, openCase } from '../../src/app/cases/open-case.ts';
import type { AppContext } from '../../src/app/context.ts';
import { upsertCustomer } from '../../src/app/customers/upsert-customer.ts';
import { createTeam } from '../../src/app/teams/create-team.ts';
import { createUser } from '../../src/app/users/create-user.ts';
import type { Case } from '../../src/core/case/case.ts';
import type { Customer } from '../../src/core/customer/customer.ts';
import { signRatingToken } from '../../src/core/rating/rating-link.ts';
import type { RatingRequest } from '../../src/core/rating/rating-request.ts';
import { ratingLinksExpireAt } from '../../src/core/rating/rating-window.ts';
import type { Survey } from '../../src/core/rating/survey.ts';
import { defaultScale, negativeAtMost, type SurveyKind } from '../../src/core/rating/survey-scale.ts';
import type { Role } from '../../src/core/team/role.ts';
import type { Team } from '../../src/core/team/team.ts';
import type { User } from '../../src/core/team/user.ts';
import { insertRatingRequest } from '../../src/store/rating-request.store.ts';
import { insertSurvey } from '../../src/store/survey.store.ts';

export const TEST_PASSWORD = 'correct horse battery staple';

const unique = () => randomBytes(4).toString('hex');

/** A person through the real use case; the password is TEST_PASSWORD. */
export async function buildUser(
  ctx: AppContext,
  overrides: { role?: Role; name?: string; teamIds?: string[]; email?: string } = {},
): Promise<User> {
  const id = unique();
  return createUser(ctx, undefined, {
    email: overrides.email ?? `person-${id}@example.test`,
    name: overrides.name ?? `Person ${id}`,
    role: overrides.role ?? 'agent',
    password: TEST_PASSWORD,
    teamIds: overrides.teamIds,
  });
}

export function buildTeam(ctx: AppContext, name = `Team ${unique()}`): Promise<Team> {
  return createTeam(ctx, undefined, { name });
}

export async function buildCustomer(
  ctx: AppContext,
  overrides: { name?: string; email?: string; externalId?: string } = {},
): Promise<Customer> {
  const id = unique();
  const { customer } = await upsertCustomer(ctx, undefined, {
    name: overrides.name ?? `Customer ${id}`,
    emails: [overrides.email ?? `customer-${id}@example.test`],
    externalId: overrides.externalId,
  });
  return customer;
}

export async function buildCase(ctx: AppContext, overrides: Partial<OpenCaseInput> = {}): Promise<Case> {
  const customerId = overrides.customer ? undefined : (overrides.customerId ?? (await buildCustomer(ctx)).id);
  return openCase(ctx, undefined, {
    title: 'Order arrived broken',
    story: 'The parcel arrived crushed and the vase inside was in pieces.',
    severity: 'normal',
    channel: 'email',
    ...overrides,
    customerId,
  });
}

/** A survey and a rating request for a customer, straight into the store (the API has its own tests). */
export async function buildRatingRequest(
  ctx: AppContext,
  overrides: {
    kind?: SurveyKind;
    /** Ask with this survey instead of a new one (its kind wins over `kind`). */
    survey?: Survey;
    customerId?: string;
    touchpointType?: string;
    touchpointRef?: string;
    teamId?: string;
    createdAt?: Date;
  } = {},
): Promise<{ request: RatingRequest; survey: Survey; linkFor(score: number): string }> {
  const kind = overrides.survey?.kind ?? overrides.kind ?? 'thermometer';
  const survey =
    overrides.survey ??
    (await insertSurvey(ctx.db, {
      name: `Survey ${unique()}`,
      kind,
      touchpointType: overrides.touchpointType ?? 'delivery',
      question: 'How was your delivery?',
      scale: defaultScale(kind),
    }));
  const createdAt = overrides.createdAt ?? ctx.now();
  const request = await insertRatingRequest(ctx.db, {
    key: randomBytes(16).toString('base64url'),
    surveyId: survey.id,
    customerId: overrides.customerId ?? (await buildCustomer(ctx)).id,
    touchpointType: survey.touchpointType,
    touchpointRef: overrides.touchpointRef ?? `order-${unique()}`,
    teamId: overrides.teamId,
    negativeAtMost: negativeAtMost(kind),
    createdAt,
    expiresAt: ratingLinksExpireAt({ createdAt, firstAnsweredAt: undefined }),
  });
  return {
    request,
    survey,
    linkFor: (score) => `/r/${signRatingToken(ctx.linkSecret, { key: request.key, score })}`,
  };
}

/** The three parts resolving a case takes (core/case/case-resolution.ts), for tests that resolve one. */
export const RESOLUTION = {
  whatWentWrong: 'The courier crushed the parcel at the depot.',
  howFixed: 'A new vase went out by hand delivery the next morning.',
  whyNotAgain: 'Fragile parcels now travel in double-walled boxes with a signature.',
} as const;
