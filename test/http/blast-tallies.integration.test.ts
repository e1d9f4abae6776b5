import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { signRatingToken } from '../../src/core/rating/rating-link.ts';
import { buildSurvey } from '../support/blasts.ts';
import { confirmClick } from '../support/customer-pages.ts';
import { buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

describe("a blast's kept counts", () => {
  let t: TestApp;
  let clock = Date.parse('2026-12-01T09:00:00Z');
  let supervisor: Client;

  before(async () => {
    t = await startTestApp({ now: () => new Date(clock) });
    await buildUser(t.ctx, { name: 'Owen Owner' });
    supervisor = await signIn(t.app, (await buildUser(t.ctx, { role: 'supervisor' })).email, TEST_PASSWORD);
  });
  after(() => t.close());

  it("takes an answer back when a scanner's run is set aside, and counts the person's click after it", async () => {
    const surveyId = (await buildSurvey(t.ctx)).id;
    const started = await supervisor.request('POST', '/api/v1/blasts', {
      surveyId,
      recipients: [{ email: 'scanned@example.test' }, { email: 'quiet@example.test' }],
    });
    assert.equal(started.statusCode, 201, started.body);
    const blastId = started.json().blast.id as string;
    await runJobs(t);
    const { key } = await t.ctx.db
      .selectFrom('outbound_emails as e')
      .innerJoin('rating_requests as r', 'r.id', 'e.rating_request_id')
      .select('r.key')
      .where('e.to_address', '=', 'scanned@example.test')
      .executeTakeFirstOrThrow();
    const link = (score: number) => `/r/${signRatingToken(t.ctx.linkSecret, { key, score })}`;
    const answered = async () =>
      ((await supervisor.request('GET', `/api/v1/blasts/${blastId}`)).json().blast as { answered: number })
        .answered;

    // A scanner confirms every answer of the mail within a second.
    for (const score of [4, 3, 2, 1]) {
      await confirmClick(t, link(score));
      clock += 300;
    }
    assert.equal(await answered(), 1, 'each click is recorded at once, as a person’s would be');
    clock += 60_000;
    await runJobs(t);
    assert.equal(await answered(), 0, 'the run is set aside: the request is unanswered again');

    clock += 2 * 3600_000;
    await confirmClick(t, link(3));
    assert.equal(await answered(), 1);
  });
});
