import { z } from 'zod';
import { GESTURE_STATES } from '../../core/amends/gesture.ts';
import { GESTURE_KINDS } from '../../core/amends/gesture-kind.ts';
import { CASE_STATUSES } from '../../core/case/case-status.ts';
import { SEVERITIES } from '../../core/case/severity.ts';
import type { CustomerStory } from '../../core/customer/customer-story.ts';
import { SUPPRESSION_REASONS } from '../../core/mail/suppression.ts';
import { customerSchema, presentCustomer } from './customer.presenter.ts';

export const customerStorySchema = z
  .object({
    customer: customerSchema,
    cases: z.array(
      z.object({
        id: z.uuid(),
        number: z.number().int(),
        title: z.string(),
        status: z.enum(CASE_STATUSES),
        severity: z.enum(SEVERITIES),
        ownerId: z.uuid(),
        openedAt: z.iso.datetime(),
      }),
    ),
    /**
     * The gestures made on their cases, newest first, in every state (waiting, declined and failed
     * ones too: the history says what was asked for, not only what was given).
     */
    amends: z.array(
      z.object({
        id: z.uuid(),
        caseId: z.uuid(),
        caseNumber: z.number().int(),
        kind: z.enum(GESTURE_KINDS),
        label: z.string(),
        /** Whole minor units of `currency`; null for a gesture that carries no money. */
        amountMinor: z.number().int().nullable(),
        currency: z.string().nullable(),
        state: z.enum(GESTURE_STATES),
        requestedAt: z.iso.datetime(),
        issuedAt: z.iso.datetime().nullable(),
      }),
    ),
    /** Surveys sent to them, each with every answer (oldest first; the last one counts) and comment. */
    ratings: z.array(
      z.object({
        requestId: z.uuid(),
        surveyName: z.string(),
        touchpoint: z.object({ type: z.string(), ref: z.string() }),
        askedAt: z.iso.datetime(),
        answers: z.array(
          z.object({ score: z.number().int(), label: z.string(), colour: z.string(), at: z.iso.datetime() }),
        ),
        comments: z.array(z.object({ body: z.string(), at: z.iso.datetime() })),
        caseId: z.uuid().nullable(),
      }),
    ),
    blasts: z.array(
      z.object({
        blastId: z.uuid(),
        name: z.string(),
        to: z.string(),
        status: z.string(),
        queuedAt: z.iso.datetime(),
        sentAt: z.iso.datetime().nullable(),
      }),
    ),
    /** Their addresses on the suppression list: unsubscribed, or bounced. */
    unsubscribes: z.array(
      z.object({ email: z.string(), reason: z.enum(SUPPRESSION_REASONS), at: z.iso.datetime() }),
    ),
  })
  .meta({ id: 'CustomerStory' });

export function presentCustomerStory(story: CustomerStory): z.infer<typeof customerStorySchema> {
  return {
    customer: presentCustomer(story.customer),
    cases: story.cases.map((c) => ({
      id: c.id,
      number: c.number,
      title: c.title,
      status: c.status,
      severity: c.severity,
      ownerId: c.ownerId,
      openedAt: c.openedAt.toISOString(),
    })),
    amends: story.amends.map((a) => ({
      id: a.id,
      caseId: a.caseId,
      caseNumber: a.caseNumber,
      kind: a.kind,
      label: a.label,
      amountMinor: a.amountMinor ?? null,
      currency: a.currency ?? null,
      state: a.state,
      requestedAt: a.requestedAt.toISOString(),
      issuedAt: a.issuedAt?.toISOString() ?? null,
    })),
    ratings: story.ratings.map((r) => ({
      requestId: r.requestId,
      surveyName: r.surveyName,
      touchpoint: { type: r.touchpointType, ref: r.touchpointRef },
      askedAt: r.askedAt.toISOString(),
      answers: r.answers.map((a) => ({
        score: a.score,
        label: a.label,
        colour: a.colour,
        at: a.at.toISOString(),
      })),
      comments: r.comments.map((c) => ({ body: c.body, at: c.at.toISOString() })),
      caseId: r.caseId ?? null,
    })),
    blasts: story.blasts.map((b) => ({
      blastId: b.blastId,
      name: b.name,
      to: b.to,
      status: b.status,
      queuedAt: b.queuedAt.toISOString(),
      sentAt: b.sentAt?.toISOString() ?? null,
    })),
    unsubscribes: story.unsubscribes.map((u) => ({
      email: u.email,
      reason: u.reason,
      at: u.at.toISOString(),
    })),
  };
}
