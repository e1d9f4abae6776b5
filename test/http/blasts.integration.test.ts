import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { signRatingToken } from '../../src/core/rating/rating-link.ts';
import { createMailer } from '../../src/mail/out/mailer.ts';
import { buildSurvey, emailsOfBlast } from '../support/blasts.ts';
import { confirmClick } from '../support/customer-pages.ts';
import { buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { startSmtpPeer } from '../support/smtp-peer.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

type BlastBody = {
  id: string;
  state: string;
  prepared: number;
  recipients: number;
  queued: number;
  skippedSuppressed: number;
  skippedInvalid: number;
  emails: Record<string, number>;
  answered: number;
  responseRate: number | null;
};

describe('blasts over the API', () => {
  let t: TestApp;
  let supervisor: Client;
  let agent: Client;
  let surveyId: string;
  const uploadCsv = (csv: string, query = `surveyId=${surveyId}`) =>
    supervisor.request('POST', `/api/v1/blasts/csv?${query}`, csv, {
      'content-type': 'text/csv; charset=utf-8',
    });
  const count = async (table: 'blasts' | 'outbound_emails' | 'rating_requests') =>
    Number(
      (
        await t.ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    t = await startTestApp();
    supervisor = await signIn(t.app, (await buildUser(t.ctx, { role: 'supervisor' })).email, TEST_PASSWORD);
    agent = await signIn(t.app, (await buildUser(t.ctx, { role: 'agent' })).email, TEST_PASSWORD);
    surveyId = (await buildSurvey(t.ctx)).id;
  });
  after(() => t.close());

  it('sends a CSV upload, reporting each bad line by number and queueing nothing for it', async () => {
    const csv = [
      'email,name,external_id,touchpoint_ref',
      'ann@example.test,Ann,C-1,order-1',
      'not-an-address,Bob,,',
      ',Nameless,,',
      'ann@example.test,Ann again,,',
      'cy@example.test,"Lee, Cy",C-3,order-3',
      'dee@example.test,De"e,,',
      '',
      'eli@example.test,Eli,,',
    ].join('\r\n');
    const response = await uploadCsv(csv);
    assert.equal(response.statusCode, 201, response.body);
    const { blast, errors } = response.json() as {
      blast: BlastBody;
      errors: { line: number; reason: string }[];
    };
    assert.deepEqual(
      errors.map((e) => e.line),
      [3, 4, 5, 7],
    );
    assert.match(errors[0]?.reason ?? '', /"not-an-address" is not an email address/);
    assert.match(errors[1]?.reason ?? '', /no email address/);
    assert.match(errors[2]?.reason ?? '', /already on line 2/);
    assert.match(errors[3]?.reason ?? '', /quote/);
    assert.equal(blast.recipients, 7);
    assert.equal(blast.state, 'preparing', 'answered before the list is turned into mail');
    assert.equal(blast.queued, 0);
    assert.equal(blast.skippedInvalid, 4);
    await runJobs(t);
    const prepared = (await supervisor.request('GET', `/api/v1/blasts/${blast.id}`)).json() as {
      blast: BlastBody;
      errors: { line: number }[];
    };
    assert.equal(prepared.blast.state, 'prepared');
    assert.equal(prepared.blast.prepared, 1);
    assert.equal(prepared.blast.queued, 3);
    assert.equal(prepared.blast.skippedInvalid, 4);
    assert.equal(prepared.blast.emails.held, 3, 'no SMTP server: held in the outbox');
    assert.deepEqual(
      prepared.errors.map((e) => e.line),
      [3, 4, 5, 7],
      'the blast keeps its refused lines',
    );
    assert.deepEqual([...(await emailsOfBlast(t, blast.id)).keys()].sort(), [
      'ann@example.test',
      'cy@example.test',
      'eli@example.test',
    ]);
    const cy = await t.ctx.db
      .selectFrom('rating_requests as r')
      .innerJoin('customers as c', 'c.id', 'r.customer_id')
      .select(['c.name', 'c.external_id', 'r.touchpoint_ref', 'r.touchpoint_type'])
      .where(({ eb, val }) => eb(val('cy@example.test'), '=', eb.fn.any('c.emails')))
      .executeTakeFirstOrThrow();
    assert.deepEqual(cy, {
      name: 'Lee, Cy',
      external_id: 'C-3',
      touchpoint_ref: 'order-3',
      touchpoint_type: 'delivery',
    });
  });

  it('holds the emails in the local outbox when no SMTP server is configured, readable over the API', async () => {
    const started = await supervisor.request('POST', '/api/v1/blasts', {
      surveyId,
      name: 'Outbox check',
      recipients: [{ email: 'held@example.test', name: 'Hana' }],
    });
    assert.equal(started.statusCode, 201, started.body);
    const blastId = started.json().blast.id as string;
    await runJobs(t);
    assert.deepEqual([...(await emailsOfBlast(t, blastId)).values()], ['held']);

    const outbox = await supervisor.request('GET', `/api/v1/outbox?status=held&blastId=${blastId}`);
    assert.equal(outbox.statusCode, 200);
    const [email] = outbox.json().emails as { id: string; to: string; subject: string; status: string }[];
    assert.equal(email?.to, 'held@example.test');
    assert.equal(email?.subject, 'How was your delivery?');
    assert.equal(email?.status, 'held');
    const detail = (await supervisor.request('GET', `/api/v1/outbox/${email?.id}`)).json().email;
    assert.match(detail.textBody, /^Hello Hana,/);
    assert.match(detail.textBody, /http:\/\/amends\.test\/u\//);
    assert.match(detail.headers['List-Unsubscribe'], /^<http:\/\/amends\.test\/u\/\S+>$/);
  });

  it('counts an answered request in the response rate of delivered emails', async () => {
    const started = await supervisor.request('POST', '/api/v1/blasts', {
      surveyId,
      recipients: [{ email: 'rate-1@example.test' }, { email: 'rate-2@example.test' }],
    });
    const blastId = started.json().blast.id as string;
    const before = (await supervisor.request('GET', `/api/v1/blasts/${blastId}`)).json().blast as BlastBody;
    assert.equal(before.responseRate, null, 'nothing has gone out yet');
    const peer = await startSmtpPeer();
    const mailer = createMailer({ smtpUrl: peer.url, from: { name: 'Shop', address: 'surveys@shop.test' } });
    try {
      await runJobs(t, mailer);
    } finally {
      await mailer.close();
      await peer.close();
    }
    const request = await t.ctx.db
      .selectFrom('outbound_emails as e')
      .innerJoin('rating_requests as r', 'r.id', 'e.rating_request_id')
      .select('r.key')
      .where('e.to_address', '=', 'rate-1@example.test')
      .executeTakeFirstOrThrow();
    await confirmClick(t, `/r/${signRatingToken(t.ctx.linkSecret, { key: request.key, score: 4 })}`);
    const blast = (await supervisor.request('GET', `/api/v1/blasts/${blastId}`)).json().blast as BlastBody;
    assert.equal(blast.emails.sent, 2);
    assert.equal(blast.answered, 1);
    assert.equal(blast.responseRate, 0.5);
    const listed = (await supervisor.request('GET', '/api/v1/blasts')).json().blasts as BlastBody[];
    assert.equal(listed.find((b) => b.id === blastId)?.responseRate, 0.5);
  });

  it('counts no response rate for a blast held in the outbox: a held email was not delivered', async () => {
    const started = await supervisor.request('POST', '/api/v1/blasts', {
      surveyId,
      recipients: [{ email: 'held-rate@example.test' }],
    });
    const blastId = started.json().blast.id as string;
    await runJobs(t);
    const request = await t.ctx.db
      .selectFrom('outbound_emails as e')
      .innerJoin('rating_requests as r', 'r.id', 'e.rating_request_id')
      .select('r.key')
      .where('e.to_address', '=', 'held-rate@example.test')
      .executeTakeFirstOrThrow();
    await confirmClick(t, `/r/${signRatingToken(t.ctx.linkSecret, { key: request.key, score: 4 })}`);
    const blast = (await supervisor.request('GET', `/api/v1/blasts/${blastId}`)).json().blast as BlastBody;
    assert.equal(blast.emails.held, 1);
    assert.equal(blast.emails.sent, 0);
    assert.equal(blast.answered, 1);
    assert.equal(blast.responseRate, null);
  });

  it('refuses a list with nothing to send, naming every line, and creates nothing', async () => {
    const before = await Promise.all([count('blasts'), count('outbound_emails'), count('rating_requests')]);
    const response = await uploadCsv('email,name\nnope,Ann\n,Bob\n');
    assert.equal(response.statusCode, 400);
    const problem = response.json();
    assert.equal(problem.code, 'VALIDATION_FAILED');
    assert.deepEqual(problem.errors, [
      { field: 'line 2', message: '"nope" is not an email address we can send to' },
      { field: 'line 3', message: 'no email address' },
    ]);
    const headerless = await uploadCsv('ann@example.test\n');
    assert.equal(headerless.statusCode, 400);
    assert.match(headerless.json().detail, /first line of the CSV must name its columns/);
    const after = await Promise.all([count('blasts'), count('outbound_emails'), count('rating_requests')]);
    assert.deepEqual(after, before);
  });

  it('takes CSV only as text/csv, on that route only', async () => {
    const json = await supervisor.request('POST', `/api/v1/blasts/csv?surveyId=${surveyId}`, {
      recipients: [{ email: 'x@example.test' }],
    });
    assert.equal(json.statusCode, 415);
    assert.match(json.json().detail, /text\/csv/);
    const csvToJsonRoute = await supervisor.request('POST', '/api/v1/blasts', 'email\nx@example.test\n', {
      'content-type': 'text/csv',
    });
    assert.equal(csvToJsonRoute.statusCode, 415);
    assert.match(csvToJsonRoute.json().detail, /Content-Type: application\/json/);
  });

  it("says each route's own size limit: 5 MB for a CSV, 100 kB elsewhere", async () => {
    const before = await count('blasts');
    const huge = await uploadCsv(`email\n${'x'.repeat(5 * 1024 * 1024)}\n`);
    assert.equal(huge.statusCode, 413);
    assert.match(huge.json().detail, /accepts \(5 MB\)/);
    assert.equal(await count('blasts'), before);
  });

  it('refuses an unknown or inactive survey', async () => {
    const unknown = await uploadCsv(
      'email\nx@example.test\n',
      `surveyId=00000000-0000-4000-8000-000000000000`,
    );
    assert.equal(unknown.statusCode, 404);
    const inactive = await buildSurvey(t.ctx);
    await t.ctx.db.updateTable('surveys').set({ active: false }).where('id', '=', inactive.id).execute();
    const off = await uploadCsv('email\nx@example.test\n', `surveyId=${inactive.id}`);
    assert.equal(off.statusCode, 400);
    assert.match(off.json().detail, /inactive/);
  });

  it('lets supervisors and admins start and read blasts, not agents', async () => {
    const tries = [
      agent.request('POST', '/api/v1/blasts', { surveyId, recipients: [{ email: 'x@example.test' }] }),
      agent.request('POST', `/api/v1/blasts/csv?surveyId=${surveyId}`, 'email\nx@example.test\n', {
        'content-type': 'text/csv',
      }),
      agent.request('GET', '/api/v1/blasts'),
      agent.request('GET', '/api/v1/outbox'),
    ];
    for (const response of await Promise.all(tries)) assert.equal(response.statusCode, 403);
  });
  it("keeps every blast's counts equal to a count of its emails, a changed answer counted once", async () => {
    const started = await supervisor.request('POST', '/api/v1/blasts', {
      surveyId,
      recipients: Array.from({ length: 6 }, (_, i) => ({ email: `tally-${i}@example.test` })),
    });
    const blastId = started.json().blast.id as string;
    await runJobs(t);
    const keys = await t.ctx.db
      .selectFrom('outbound_emails as e')
      .innerJoin('rating_requests as r', 'r.id', 'e.rating_request_id')
      .select('r.key')
      .where('e.blast_id', '=', blastId)
      .orderBy('e.to_address')
      .execute();
    const link = (key: string, score: number) => `/r/${signRatingToken(t.ctx.linkSecret, { key, score })}`;
    // Three answered at once (several batches and connections), one of them twice.
    await Promise.all(keys.slice(0, 3).map(({ key }) => confirmClick(t, link(key, 4))));
    await confirmClick(t, link(keys[0]?.key ?? '', 1));
    // An email moved by hand, as a later writer might: the counts follow every writer.
    await t.ctx.db
      .updateTable('outbound_emails')
      .set({ status: 'failed' })
      .where('blast_id', '=', blastId)
      .where('to_address', '=', 'tally-5@example.test')
      .execute();

    const blast = (await supervisor.request('GET', `/api/v1/blasts/${blastId}`)).json().blast as BlastBody;
    assert.equal(blast.answered, 3);
    assert.equal(blast.emails.held, 5);
    assert.equal(blast.emails.failed, 1);
    const counted = await t.ctx.db
      .selectFrom('outbound_emails as e')
      .innerJoin('rating_requests as r', 'r.id', 'e.rating_request_id')
      .select((eb) => [
        'e.blast_id as blastId',
        eb.fn.countAll<number>().as('emails'),
        eb.fn.count<number>('r.first_answered_at').as('answered'),
      ])
      .where('e.blast_id', 'is not', null)
      .groupBy('e.blast_id')
      .execute();
    const listed = (await supervisor.request('GET', '/api/v1/blasts?limit=100')).json().blasts as BlastBody[];
    for (const row of counted) {
      const shown = listed.find((b) => b.id === row.blastId);
      assert.ok(shown, `blast ${row.blastId} is listed`);
      const emails = Object.values(shown.emails).reduce((sum, n) => sum + n, 0);
      assert.deepEqual(
        [emails, shown.answered],
        [Number(row.emails), Number(row.answered)],
        `blast ${row.blastId}`,
      );
    }
  });
});
