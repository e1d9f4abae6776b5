import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { insertSuppression } from '../../src/store/email-suppression.store.ts';
import { buildSurvey } from '../support/blasts.ts';
import { buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

type Preview = {
  wouldSend: number;
  skippedSuppressed: number;
  errors: { line: number; reason: string }[];
  email: { to: string; subject: string; text: string; html: string };
};

describe('a blast dry run', () => {
  let t: TestApp;
  let supervisor: Client;
  let surveyId: string;
  const counts = () =>
    Promise.all(
      (['blasts', 'outbound_emails', 'rating_requests', 'customers'] as const).map(async (table) =>
        Number(
          (
            await t.ctx.db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ),
      ),
    );

  before(async () => {
    t = await startTestApp();
    const person = await buildUser(t.ctx, { role: 'supervisor' });
    supervisor = await signIn(t.app, person.email, TEST_PASSWORD);
    surveyId = (await buildSurvey(t.ctx, 'How did we do with your delivery?')).id;
    await insertSuppression(t.ctx.db, {
      email: 'gone@example.test',
      reason: 'unsubscribed',
      detail: undefined,
      at: new Date(),
    });
  });
  after(() => t.close());

  it('counts who would get it, who is skipped and refused, shows the first email, and creates nothing', async () => {
    const before = await counts();
    const response = await supervisor.request('POST', '/api/v1/blasts/preview', {
      surveyId,
      recipients: [
        { email: 'not-an-address', name: 'Bob' },
        { email: 'ann@example.test', name: '<b>Ann</b>' },
        { email: 'gone@example.test' },
        { email: 'cy@example.test', name: 'Cy' },
      ],
    });
    assert.equal(response.statusCode, 200, response.body);
    const preview = response.json() as Preview;
    assert.equal(preview.wouldSend, 2);
    assert.equal(preview.skippedSuppressed, 1);
    assert.deepEqual(
      preview.errors.map((error) => error.line),
      [1],
    );
    assert.equal(preview.email.to, 'ann@example.test');
    assert.match(preview.email.subject, /delivery/);
    assert.match(preview.email.text, /^Hello <b>Ann<\/b>,/);
    assert.ok(
      preview.email.html.includes('Hello &lt;b&gt;Ann&lt;/b&gt;,'),
      'the name is escaped in the HTML',
    );
    assert.ok(preview.email.html.includes('How did we do with your delivery?'));
    assert.deepEqual(await counts(), before);
  });

  it('previews a CSV upload the same way', async () => {
    const before = await counts();
    const response = await supervisor.request(
      'POST',
      `/api/v1/blasts/csv/preview?surveyId=${surveyId}`,
      'email,name\ngone@example.test,Gone\ndee@example.test,Dee\nnope,No\n',
      { 'content-type': 'text/csv' },
    );
    assert.equal(response.statusCode, 200, response.body);
    const preview = response.json() as Preview;
    assert.deepEqual([preview.wouldSend, preview.skippedSuppressed], [1, 1]);
    assert.deepEqual(
      preview.errors.map((error) => error.line),
      [4],
    );
    assert.equal(preview.email.to, 'dee@example.test');
    assert.deepEqual(await counts(), before);
  });

  it('refuses a list with nothing to send, and an unknown survey', async () => {
    const empty = await supervisor.request('POST', '/api/v1/blasts/preview', {
      surveyId,
      recipients: [{ email: 'nope' }],
    });
    assert.equal(empty.statusCode, 400);
    assert.equal(empty.json().code, 'VALIDATION_FAILED');
    const unknown = await supervisor.request('POST', '/api/v1/blasts/preview', {
      surveyId: '00000000-0000-4000-8000-000000000000',
      recipients: [{ email: 'ann@example.test' }],
    });
    assert.equal(unknown.statusCode, 404);
  });
});
