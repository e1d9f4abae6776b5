import type { StoryBlast, StoryCase, StoryUnsubscribe } from '../core/customer/customer-story.ts';
import type { ScalePoint } from '../core/rating/survey-scale.ts';
import type { Executor } from './db.ts';

/** A customer's cases, newest first. */
export async function listCasesOfCustomer(
  db: Executor,
  customerId: string,
  limit: number,
): Promise<StoryCase[]> {
  const rows = await db
    .selectFrom('cases')
    .select(['id', 'number', 'title', 'status', 'severity', 'owner_id', 'opened_at'])
    .where('customer_id', '=', customerId)
    .orderBy('opened_at', 'desc')
    .orderBy('number', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    title: row.title,
    status: row.status,
    severity: row.severity,
    ownerId: row.owner_id,
    openedAt: row.opened_at,
  }));
}

export type RatingRequestOfCustomer = {
  requestId: string;
  surveyName: string;
  scale: ScalePoint[];
  touchpointType: string;
  touchpointRef: string;
  askedAt: Date;
  caseId: string | undefined;
};

/** The surveys sent to a customer, newest first, with the survey's scale to name each answer. */
export async function listRatingRequestsOfCustomer(
  db: Executor,
  customerId: string,
  limit: number,
): Promise<RatingRequestOfCustomer[]> {
  const rows = await db
    .selectFrom('rating_requests as r')
    .innerJoin('surveys as s', 's.id', 'r.survey_id')
    .select([
      'r.id',
      's.name',
      's.scale',
      'r.touchpoint_type',
      'r.touchpoint_ref',
      'r.created_at',
      'r.case_id',
    ])
    .where('r.customer_id', '=', customerId)
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    requestId: row.id,
    surveyName: row.name,
    scale: row.scale,
    touchpointType: row.touchpoint_type,
    touchpointRef: row.touchpoint_ref,
    askedAt: row.created_at,
    caseId: row.case_id ?? undefined,
  }));
}

/** Every answer to these requests, oldest first within each. */
export async function listAnswersOfRequests(
  db: Executor,
  requestIds: string[],
): Promise<{ requestId: string; score: number; at: Date }[]> {
  if (requestIds.length === 0) return [];
  const rows = await db
    .selectFrom('rating_answers')
    .select(['request_id', 'score', 'at'])
    .where('request_id', 'in', requestIds)
    .orderBy('request_id')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ requestId: row.request_id, score: row.score, at: row.at }));
}

/** Every comment on these requests, oldest first within each. */
export async function listCommentsOfRequests(
  db: Executor,
  requestIds: string[],
): Promise<{ requestId: string; body: string; at: Date }[]> {
  if (requestIds.length === 0) return [];
  const rows = await db
    .selectFrom('rating_comments')
    .select(['request_id', 'body', 'at'])
    .where('request_id', 'in', requestIds)
    .orderBy('request_id')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ requestId: row.request_id, body: row.body, at: row.at }));
}

/** The blast emails addressed to a customer (through their rating requests), newest first. */
export async function listBlastEmailsOfCustomer(
  db: Executor,
  customerId: string,
  limit: number,
): Promise<StoryBlast[]> {
  const rows = await db
    .selectFrom('outbound_emails as e')
    .innerJoin('rating_requests as r', 'r.id', 'e.rating_request_id')
    .innerJoin('blasts as b', 'b.id', 'e.blast_id')
    .select(['b.id as blast_id', 'b.name', 'e.to_address', 'e.status', 'e.created_at', 'e.sent_at'])
    .where('r.customer_id', '=', customerId)
    .orderBy('e.created_at', 'desc')
    .orderBy('e.id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    blastId: row.blast_id,
    name: row.name,
    to: row.to_address,
    status: row.status,
    queuedAt: row.created_at,
    sentAt: row.sent_at ?? undefined,
  }));
}

/** Which of these addresses no longer get our email, and since when. */
export async function listSuppressionsOf(
  db: Executor,
  emails: readonly string[],
): Promise<StoryUnsubscribe[]> {
  if (emails.length === 0) return [];
  const rows = await db
    .selectFrom('email_suppressions')
    .select(['email', 'reason', 'at'])
    .where('email', 'in', [...new Set(emails)])
    .orderBy('at', 'desc')
    .execute();
  return rows.map((row) => ({ email: row.email, reason: row.reason, at: row.at }));
}
