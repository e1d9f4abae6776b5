import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { prepareBlast } from '../../src/app/blasts/prepare-blast.ts';
import { resumeStalledBlasts, STALLED_BLAST_MS } from '../../src/app/blasts/resume-stalled-blasts.ts';
import { PREPARE_BLAST } from '../../src/store/job.store.ts';
import { buildSurvey } from '../support/blasts.ts';
import { buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { queuedJobCount, runJobs } from '../support/jobs.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

describe('a blast upload sent again, and a preparation cut short', () => {
  let t: TestApp;
  let supervisor: Client;
  let surveyId: string;
  const csvOf = (addresses: string[]) =>
    ['email,name', ...addresses.map((a, i) => `${a},Person ${i}`)].join('\n');
  const upload = (csv: string, headers: Record<string, string> = {}) =>
    supervisor.request('POST', `/api/v1/blasts/csv?surveyId=${surveyId}`, csv, {
      'content-type': 'text/csv',
      ...headers,
    });
  const countOf = async (table: 'blasts' | 'outbound_emails' | 'rating_requests', blastId?: string) => {
    let query = t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
    if (blastId && table === 'outbound_emails') query = query.where('blast_id', '=', blastId);
    return Number((await query.executeTakeFirstOrThrow()).n);
  };

  before(async () => {
    t = await startTestApp();
    supervisor = await signIn(t.app, (await buildUser(t.ctx, { role: 'supervisor' })).email, TEST_PASSWORD);
    surveyId = (await buildSurvey(t.ctx)).id;
  });
  after(() => t.close());

  it('answers the same file again within a day with SAME_LIST_SENT naming the first blast, and mails nobody twice', async () => {
    const addresses = Array.from({ length: 30 }, (_, i) => `again-${i}@example.test`);
    const first = await upload(csvOf(addresses));
    assert.equal(first.statusCode, 201, first.body);
    const blastId = first.json().blast.id as string;
    await runJobs(t);
    const emails = await countOf('outbound_emails', blastId);
    assert.equal(emails, 30);

    const before = await Promise.all([
      countOf('blasts'),
      countOf('outbound_emails'),
      countOf('rating_requests'),
    ]);
    // The same rows re-saved in another order, with other line endings: the same list.
    const [header, ...rows] = csvOf(addresses).split('\n');
    const again = await upload([header, ...rows.reverse()].join('\r\n'));
    assert.equal(again.statusCode, 409, again.body);
    const problem = again.json();
    assert.equal(problem.code, 'SAME_LIST_SENT');
    assert.equal(problem.blastId, blastId);
    assert.match(problem.detail, /already sent with this survey/);
    await runJobs(t);
    const afterwards = await Promise.all([
      countOf('blasts'),
      countOf('outbound_emails'),
      countOf('rating_requests'),
    ]);
    assert.deepEqual(afterwards, before, 'the refused upload changed nothing');

    // A changed list is a new blast.
    const changed = await upload(csvOf([...addresses, 'again-new@example.test']));
    assert.equal(changed.statusCode, 201, changed.body);
  });

  it('makes one blast of two identical uploads sent together', async () => {
    const csv = csvOf(Array.from({ length: 20 }, (_, i) => `together-${i}@example.test`));
    const answers = await Promise.all([upload(csv), upload(csv)]);
    assert.deepEqual(answers.map((a) => a.statusCode).sort(), [201, 409]);
  });

  it('replays the first answer to the same Idempotency-Key, without a second blast', async () => {
    const key = randomUUID();
    const csv = csvOf(['keyed@example.test']);
    const first = await upload(csv, { 'idempotency-key': key });
    assert.equal(first.statusCode, 201, first.body);
    const before = await countOf('blasts');
    const retried = await upload(csv, { 'idempotency-key': key });
    assert.equal(retried.statusCode, 201);
    assert.equal(retried.body, first.body);
    assert.equal(retried.headers['idempotent-replayed'], 'true');
    assert.equal(await countOf('blasts'), before);
  });

  it('prepares each row once when two jobs prepare one blast at once', async () => {
    const addresses = Array.from({ length: 1100 }, (_, i) => `twice-${i}@example.test`);
    const started = await upload(csvOf(addresses));
    const blastId = started.json().blast.id as string;
    const requestsBefore = await countOf('rating_requests');
    await Promise.all([prepareBlast(t.ctx, blastId), prepareBlast(t.ctx, blastId)]);
    assert.equal(await countOf('outbound_emails', blastId), 1100);
    assert.equal(await countOf('rating_requests'), requestsBefore + 1100, 'one rating request per row');
    const blast = (await supervisor.request('GET', `/api/v1/blasts/${blastId}`)).json().blast;
    assert.deepEqual([blast.state, blast.queued, blast.prepared], ['prepared', 1100, 1]);
  });

  it('queues the job again of a preparation that stalled (its process died), and it completes', async () => {
    const started = await upload(csvOf(['stalled-1@example.test', 'stalled-2@example.test']));
    const blastId = started.json().blast.id as string;
    // Its job is lost (as if locked by a dead worker for hours).
    await sql`DELETE FROM graphile_worker._private_jobs WHERE key = ${`${PREPARE_BLAST.keyPrefix}:${blastId}`}`.execute(
      t.ctx.db,
    );
    assert.equal(await queuedJobCount(t.ctx.db, PREPARE_BLAST, [blastId]), 0);
    assert.equal(await resumeStalledBlasts(t.ctx, { all: false }), 0, 'not stalled yet');
    const later = { ...t.ctx, now: () => new Date(Date.now() + STALLED_BLAST_MS + 1000) };
    assert.ok((await resumeStalledBlasts(later, { all: false })) >= 1);
    assert.equal(await queuedJobCount(t.ctx.db, PREPARE_BLAST, [blastId]), 1);
    await runJobs(t);
    const blast = (await supervisor.request('GET', `/api/v1/blasts/${blastId}`)).json().blast;
    assert.deepEqual([blast.state, blast.queued], ['prepared', 2]);
  });
});
