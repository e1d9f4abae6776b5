import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { buildUser } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { anonymousClient, startTestApp, type TestApp } from '../support/test-app.ts';

/**
 * "Forgot your password?" answers the same words for every address — but probing the running app
 * timed it: 7–15 ms for an address with an account (a transaction: lock, count, a reset and its
 * mail queued), 2–4 ms for one without (one read). The answer's time told which addresses have
 * accounts. Now the request does the same thing for every address: it queues a job, which decides.
 */
describe('"Forgot your password?" tells nothing, not even by how long it takes', () => {
  let t: TestApp;
  let address = 0;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  const forgot = async (email: string) =>
    (await anonymousClient(t.app)).request(
      'POST',
      '/api/v1/auth/forgot-password',
      { email },
      { 'x-forwarded-for': `198.51.100.${++address}` },
    );
  const resetsOf = (userId: string) =>
    t.ctx.db.selectFrom('password_resets').select('id').where('user_id', '=', userId).execute();
  const queuedJobs = async () =>
    (
      await sql<{ payload: { email?: string } }>`
        SELECT jobs.payload FROM graphile_worker._private_jobs AS jobs
        JOIN graphile_worker._private_tasks AS tasks ON tasks.id = jobs.task_id
        WHERE tasks.identifier = 'mail-forgotten-password'
      `.execute(t.ctx.db)
    ).rows.map((row) => row.payload.email);

  it('does the same work in the request for an address with an account and one without: one job, nothing else', async () => {
    const person = await buildUser(t.ctx, { role: 'agent' });
    const before = await t.ctx.db
      .selectFrom('outbound_emails')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    for (const email of [person.email, 'nobody@example.test']) {
      const answer = await forgot(email);
      assert.equal(answer.statusCode, 202, answer.body);
    }
    // Until the job runs, nothing tells the two apart: no reset, no mail, one job each.
    assert.deepEqual(await resetsOf(person.id), []);
    const after = await t.ctx.db
      .selectFrom('outbound_emails')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(after.n, before.n);
    assert.deepEqual((await queuedJobs()).sort(), [person.email, 'nobody@example.test'].sort());

    await runJobs(t);
    assert.equal((await resetsOf(person.id)).length, 1, 'the job made the link for the person');
    const mails = await t.ctx.db
      .selectFrom('outbound_emails')
      .select('to_address')
      .where('kind', '=', 'password-reset')
      .where('to_address', 'in', [person.email, 'nobody@example.test'])
      .execute();
    assert.deepEqual(
      mails.map((mail) => mail.to_address),
      [person.email],
    );
    assert.deepEqual(await queuedJobs(), []);
  });
});
