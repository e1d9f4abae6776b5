import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { RECOVERY_HOLD_MS } from '../../src/core/rating/scanner-burst.ts';
import { startWorker, type Worker } from '../../src/jobs/worker.ts';
import { type BrowserApp, newDesk, serveAppWithBrowser, WAIT } from '../support/browser.ts';
import { caseIdsOf } from '../support/customer-pages.ts';
import { buildRatingRequest, buildUser } from '../support/factories.ts';
import { recoveryJobCount } from '../support/jobs.ts';

/** The recovery check waits out the hold after the last click, then the worker runs it. */
const SETTLED = RECOVERY_HOLD_MS + 20_000;

/** Waits until `check` holds (the worker's job is done), failing after `timeout` ms with `what`. */
async function until(what: string, check: () => Promise<boolean>, timeout = SETTLED): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Not within ${timeout} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('A mail scanner that opens every link of a rating email in a browser that runs scripts', () => {
  let served: BrowserApp;
  let worker: Worker;

  before(async () => {
    // The hold as in production: the worker really waits for the run to end.
    served = await serveAppWithBrowser({ recoveryHoldMs: RECOVERY_HOLD_MS });
    worker = await startWorker(served.ctx, { concurrency: 2 });
    await buildUser(served.ctx, { name: 'Alice Agent', role: 'agent' });
  });
  after(async () => {
    await worker?.stop();
    await served?.close();
  });

  const requestRow = (id: string) =>
    served.ctx.db
      .selectFrom('rating_requests')
      .select(['last_score', 'case_id'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const countedAnswers = async (id: string) =>
    (
      await served.ctx.db
        .selectFrom('rating_answers')
        .select('score')
        .where('request_id', '=', id)
        .where('set_aside_at', 'is', null)
        .execute()
    ).map((row) => row.score);

  it('records nothing and opens no case for the scanner, while a person’s single click in another mail does', async () => {
    const scanned = await buildRatingRequest(served.ctx, { touchpointRef: 'order-scanned' });
    const clicked = await buildRatingRequest(served.ctx, { touchpointRef: 'order-clicked' });

    // The scanner renders the email and opens each of its links at once, scripts on, as a sandbox does.
    const scanner = await newDesk(served.browser);
    const links = [4, 3, 2, 1].map((score) => `${served.url}${scanned.linkFor(score)}`);
    await scanner.setContent(
      `<!doctype html><title>Your order</title><p>How was your delivery?</p>${links.map((href, i) => `<a href="${href}">answer ${i}</a>`).join(' ')}`,
    );
    const hrefs = await scanner
      .locator('a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    await Promise.all(
      hrefs.map(async (href) => {
        const page = await scanner.context().newPage();
        await page.goto(href);
        // The confirm page's script submitted the answer: the scanner lands on the thanks or sorry page.
        await page.waitForURL(/\/rating\/[^/]+$/, WAIT);
      }),
    );
    assert.equal((await countedAnswers(scanned.request.id)).length, 4, 'each visit was recorded at once');

    // A person, in another mail, clicks once: their answer is recorded at once.
    const person = await newDesk(served.browser);
    await person.goto(`${served.url}${clicked.linkFor(1)}`);
    await person.getByRole('heading', { name: 'We are sorry. Thank you for telling us.' }).waitFor(WAIT);
    assert.equal((await requestRow(clicked.request.id)).last_score, 1);

    // Once the hold is over, the person's click opens a case…
    await until(
      'the person’s case opens',
      async () => (await requestRow(clicked.request.id)).case_id !== null,
    );
    // …and the scanner's run, checked before it, is set aside: nothing counts, no case.
    await until(
      'the scanned request’s check has run',
      async () => (await recoveryJobCount(served.ctx.db, [scanned.request.id])) === 0,
    );
    assert.deepEqual(await countedAnswers(scanned.request.id), []);
    assert.deepEqual(await requestRow(scanned.request.id), { last_score: null, case_id: null });
    assert.deepEqual(await caseIdsOf(served.ctx.db, scanned.request.customerId), []);
    assert.deepEqual(await countedAnswers(clicked.request.id), [1]);
    assert.equal((await caseIdsOf(served.ctx.db, clicked.request.customerId)).length, 1);
  });
});
