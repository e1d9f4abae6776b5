/**
 * A living month of feedback, played through the product itself: surveys, rating requests, clicks
 * through the group-commit recorder (as a customer's browser confirms them), comments through the
 * comment page's use case, the recovery check after each (as the worker runs it), a blast answered
 * over the following days, and owners taking the cases that feedback opened — each at its moment of
 * the last thirty days, in the order things happened, so the Feedback page, the happiness figures,
 * the inbox and the timelines show what the product would have made of such a month.
 */

import { prepareBlast } from '../../app/blasts/prepare-blast.ts';
import { startBlast } from '../../app/blasts/start-blast.ts';
import { changeCaseStatus } from '../../app/cases/change-case-status.ts';
import { getCase } from '../../app/cases/get-case.ts';
import { markCaseSeen } from '../../app/cases/mark-case-seen.ts';
import type { AppContext } from '../../app/context.ts';
import { listOutbox } from '../../app/outbox/list-outbox.ts';
import { addRatingComment } from '../../app/rating-clicks/add-rating-comment.ts';
import { confirmRating } from '../../app/rating-clicks/confirm-rating.ts';
import { RatingRecorder } from '../../app/rating-clicks/rating-recorder.ts';
import { createRatingRequest } from '../../app/rating-requests/create-rating-request.ts';
import { getRatingRequest } from '../../app/rating-requests/get-rating-request.ts';
import { checkRatingRecovery } from '../../app/recovery/check-rating-recovery.ts';
import { createSurvey } from '../../app/surveys/create-survey.ts';
import { listSurveys } from '../../app/surveys/list-surveys.ts';
import { assessComment } from '../../core/rating/comment-sentiment.ts';
import { signRatingToken } from '../../core/rating/rating-link.ts';
import type { Survey } from '../../core/rating/survey.ts';
import type { Actor, User } from '../../core/team/user.ts';
import {
  ANSWER_MIX,
  COMMENTS,
  DEMO_BLAST,
  DEMO_SURVEYS,
  type DemoSurveyKey,
  OWNER_NOTES,
  RECENT_STORIES,
  type RecentStory,
  TOUCHPOINT_TEAM,
  WON_BACK_COMMENTS,
} from './demo-feedback.ts';
import type { DemoTeam } from './demo-people.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The checks follow a click as the worker would: a moment later. */
const CHECK_AFTER = 2 * MINUTE;

export type FeedbackOutcome = { requests: number; answers: number; comments: number; casesOpened: number };

type Cast = {
  teamIds: Record<DemoTeam, string>;
  /** Every demo customer, with an email of theirs (the blast mails them). */
  customers: { id: string; email: string; externalId: string; name: string }[];
  supervisor: User;
};

type Asked = {
  requestId: string;
  key: string;
  survey: DemoSurveyKey;
  ref: string;
  first: string;
  /** A story told on purpose: its comment, owner and change of mind are as written, not rolled. */
  story?: RecentStory | undefined;
  /** The latest score, and whether the feedback went to a case: what decides whether a check is queued. */
  score?: number;
  onCase?: boolean;
};

/**
 * Loads the month unless its surveys exist already (a second run changes nothing). Returns what it
 * made, or undefined when it was loaded before.
 */
export async function loadFeedbackMonth(ctx: AppContext, cast: Cast): Promise<FeedbackOutcome | undefined> {
  const existing = await listSurveys(ctx);
  if (existing.some((s) => s.name === DEMO_SURVEYS.delivery.name && s.touchpointType === 'delivery'))
    return undefined;

  const start = ctx.now().getTime();
  let clock = new Date(start);
  const at: AppContext = { ...ctx, now: () => clock };
  const surveys = {} as Record<DemoSurveyKey, Survey>;
  for (const [key, survey] of Object.entries(DEMO_SURVEYS) as [
    DemoSurveyKey,
    (typeof DEMO_SURVEYS)[DemoSurveyKey],
  ][]) {
    clock = new Date(start - 31 * DAY);
    surveys[key] = await createSurvey(at, undefined, { ...survey });
  }

  const random = seeded(2026);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const between = (low: number, high: number) => low + random() * (high - low);
  const outcome: FeedbackOutcome = { requests: 0, answers: 0, comments: 0, casesOpened: 0 };

  // Moments to play, each at its time; playing one may plan later ones (a case opened, then taken).
  const agenda: { at: number; play: () => Promise<void> }[] = [];
  const plan = (time: number, play: () => Promise<void>) => {
    if (time < start - MINUTE) agenda.push({ at: time, play });
  };

  const recorder = new RatingRecorder(at);

  const scoreFor = (survey: DemoSurveyKey) => {
    const roll = random() * 100;
    const [gold, green, amber] = ANSWER_MIX[survey];
    return roll < gold ? 4 : roll < gold + green ? 3 : roll < gold + green + amber ? 2 : 1;
  };

  const check = async (asked: Asked) => {
    const result = await checkRatingRecovery(at, asked.requestId);
    if (result !== 'not_needed') asked.onCase = true;
    if (result !== 'opened') return;
    outcome.casesOpened++;
    const { ratingRequest } = await getRatingRequest(at, asked.requestId);
    if (ratingRequest.caseId) planOwner(asked, ratingRequest.caseId, clock.getTime());
  };

  const comment = (asked: Asked, commentToken: string, text: string, time: number) =>
    plan(time, async () => {
      const saved = await addRatingComment(at, commentToken, text);
      if (saved.state !== 'saved') return;
      outcome.comments++;
      // Checked where the product queues a check (add-rating-comment.ts), as its worker would run it.
      const negative = (asked.score ?? 0) <= 2 || assessComment(text).isNegative;
      if (asked.onCase || negative) plan(time + CHECK_AFTER, () => check(asked));
    });

  /** A customer's click, confirmed by their browser; then perhaps a comment, and the recovery check. */
  const answer = (asked: Asked, score: number, time: number, words?: string) =>
    plan(time, async () => {
      const token = signRatingToken(at.linkSecret, { key: asked.key, score });
      const confirmed = await confirmRating(at, recorder, token, 'page');
      if (confirmed.state !== 'recorded') return;
      outcome.answers++;
      asked.score = score;
      // A negative answer, or any answer on a request with a case, is due its check (rating-answer.store.ts).
      if (score <= 2 || asked.onCase) plan(time + CHECK_AFTER, () => check(asked));
      if (words !== undefined) return comment(asked, confirmed.commentToken, words, time + MINUTE);
      if (asked.story) {
        const told = asked.story.comment;
        if (told) comment(asked, confirmed.commentToken, told.text, time + told.minutesAfter * MINUTE);
        return;
      }
      const negative = score <= 2;
      if (random() >= (negative ? 0.7 : 0.3)) return;
      const text = pick(COMMENTS[asked.survey][negative ? 'negative' : 'positive']);
      // Most write at once; some only after the case has opened (their words then become its story).
      const delay = negative && random() < 0.35 ? between(20, 90) : between(1, 3);
      comment(asked, confirmed.commentToken, text, time + delay * MINUTE);
    });

  /** The owner takes the case; older ones are put right, and some customers say so with a new answer. */
  const planOwner = (asked: Asked, caseId: string, openedAt: number) => {
    const notes = OWNER_NOTES[asked.survey];
    const fill = (text: string) => text.replace('{first}', asked.first).replace('{ref}', asked.ref);
    const ownerActor = async (): Promise<Actor> => {
      const { owner } = await getCase(at, caseId);
      return { userId: owner.id, role: owner.role, via: 'session' };
    };
    const { story } = asked;
    const takenAfter = story ? story.ownerTakesAfter : between(15, 150);
    if (takenAfter === undefined) return;
    const age = start - openedAt;
    const acknowledgedAt = openedAt + takenAfter * MINUTE;
    plan(acknowledgedAt, async () => {
      const actor = await ownerActor();
      await markCaseSeen(at, actor, caseId);
      await changeCaseStatus(at, actor, caseId, { status: 'acknowledged', note: fill(notes.acknowledge) });
    });
    if (story) {
      const change = story.changeTo;
      if (change) answer(asked, change.score, acknowledgedAt + change.hoursAfter * HOUR, change.text);
    } else if (age > 3 * DAY) {
      const resolvedAt = acknowledgedAt + between(6, 40) * HOUR;
      plan(resolvedAt, async () => {
        await changeCaseStatus(at, await ownerActor(), caseId, {
          status: 'resolved',
          note: fill(notes.resolve),
          resolution: {
            whatWentWrong: fill(notes.resolution.whatWentWrong),
            howFixed: fill(notes.resolution.howFixed),
            whyNotAgain: fill(notes.resolution.whyNotAgain),
          },
        });
      });
      if (random() < 0.45)
        answer(asked, random() < 0.5 ? 4 : 3, resolvedAt + between(2, 48) * HOUR, pick(WON_BACK_COMMENTS));
      if (random() < 0.6)
        plan(resolvedAt + 3 * DAY, async () => {
          await changeCaseStatus(at, await ownerActor(), caseId, { status: 'closed' });
        });
    } else if (age > DAY && random() < 0.6) {
      // Won back before the owner closed the case: the case page suggests resolving; nothing changes by itself.
      answer(asked, 3, acknowledgedAt + between(2, 20) * HOUR, pick(WON_BACK_COMMENTS));
    }
  };

  const ask = (
    survey: DemoSurveyKey,
    time: number,
    customer: Cast['customers'][number],
    ref: string,
    story?: RecentStory,
  ) =>
    plan(time, async () => {
      const detail = await createRatingRequest(at, undefined, {
        customerId: customer.id,
        surveyId: surveys[survey].id,
        touchpointRef: ref,
        teamId: cast.teamIds[TOUCHPOINT_TEAM[survey](random())],
      });
      outcome.requests++;
      const asked: Asked = {
        requestId: detail.ratingRequest.id,
        key: detail.ratingRequest.key,
        survey,
        ref,
        first: firstName(customer.name),
        story,
      };
      if (story) answer(asked, story.score, time + 20 * MINUTE);
      // Most customers answer within hours; a few never do.
      else if (random() < 0.85) answer(asked, scoreFor(survey), time + between(20, 300) * MINUTE);
    });

  for (const story of RECENT_STORIES) {
    const customer = cast.customers.find((c) => c.externalId === story.customer);
    if (customer) ask(story.survey, start - story.hoursAgo * HOUR, customer, story.ref, story);
  }

  // Thirty days of deliveries, visits and support replies, fewer at weekends.
  let ref = 48_100;
  for (let daysAgo = 30; daysAgo >= 0; daysAgo--) {
    const day = new Date(start - daysAgo * DAY);
    const weekend = day.getUTCDay() === 0 || day.getUTCDay() === 6;
    const count = weekend ? 2 + Math.floor(random() * 3) : 5 + Math.floor(random() * 4);
    for (let i = 0; i < count; i++) {
      const roll = random();
      const survey: DemoSurveyKey = roll < 0.45 ? 'delivery' : roll < 0.8 ? 'visit' : 'support';
      const prefix = { delivery: '#', visit: 'V-', support: 'T-' }[survey];
      ask(survey, start - daysAgo * DAY - between(1, 10) * HOUR, pick(cast.customers), `${prefix}${ref++}`);
    }
  }

  // The spring maintenance check-in, mailed to most customers and answered over the next days.
  const blastAt = start - DEMO_BLAST.daysAgo * DAY - 14 * HOUR;
  plan(blastAt, async () => {
    const recipients = cast.customers.slice(0, 24).map((customer, i) => ({
      line: i + 2,
      email: customer.email,
      name: customer.name,
      externalId: customer.externalId,
      touchpointRef: `SM-${4100 + i}`,
    }));
    const actor: Actor = { userId: cast.supervisor.id, role: cast.supervisor.role, via: 'session' };
    const blast = await startBlast(at, actor, {
      surveyId: surveys[DEMO_BLAST.survey].id,
      name: DEMO_BLAST.name,
      recipients,
    });
    // What the worker's prepare-blast job does, done here so the demo's answers have requests to answer.
    await prepareBlast(at, blast.blast.id);
    const emails = await listOutbox(at, { blastId: blast.blast.id, limit: 100 });
    for (const email of emails) {
      if (!email.ratingRequestId) continue;
      const { ratingRequest } = await getRatingRequest(at, email.ratingRequestId);
      outcome.requests++;
      const customer = cast.customers.find((c) => c.id === ratingRequest.customerId);
      const asked = {
        requestId: ratingRequest.id,
        key: ratingRequest.key,
        survey: DEMO_BLAST.survey,
        ref: ratingRequest.touchpointRef,
        first: firstName(customer?.name ?? ''),
      };
      if (random() < 0.6) answer(asked, scoreFor(DEMO_BLAST.survey), blastAt + between(1, 72) * HOUR);
    }
  });

  while (agenda.length > 0) {
    agenda.sort((a, b) => a.at - b.at);
    const next = agenda.shift() as (typeof agenda)[number];
    clock = new Date(next.at);
    await next.play();
  }
  await recorder.drain();
  return outcome;
}

function firstName(name: string): string {
  return name.split(' ')[0] ?? name;
}

/** A small seeded generator (mulberry32), so every demo load tells the same month. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
