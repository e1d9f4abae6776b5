import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createMailer, type Mailer } from '../../src/mail/out/mailer.ts';
import { buildSurvey } from '../support/blasts.ts';
import { buildRatingRequest, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { type SmtpPeer, startSmtpPeer } from '../support/smtp-peer.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

const DEFAULT = { businessName: 'Amends', logoUrl: null, accentColor: '#1f5f8b' };
const HOSTILE = '<script>alert(1)</script> "Vases" & Sons';

describe('the business’s brand', () => {
  let t: TestApp;
  let asAgent: Client;
  let asAdmin: Client;
  let adminId: string;
  const brandAudits = async () =>
    t.ctx.db
      .selectFrom('audit_log')
      .select(['actor_user_id', 'details'])
      .where('action', '=', 'settings.brand_updated')
      .orderBy('id')
      .execute();

  before(async () => {
    t = await startTestApp();
    const agent = await buildUser(t.ctx, { role: 'agent' });
    const admin = await buildUser(t.ctx, { role: 'admin' });
    adminId = admin.id;
    asAgent = await signIn(t.app, agent.email, TEST_PASSWORD);
    asAdmin = await signIn(t.app, admin.email, TEST_PASSWORD);
  });
  after(() => t.close());

  it('shows every signed-in person the brand in force, the default at first', async () => {
    const response = await asAgent.request('GET', '/api/v1/settings/brand');
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), DEFAULT);
  });

  it('refuses an agent who tries to change it, and changes nothing', async () => {
    const response = await asAgent.request('PUT', '/api/v1/settings/brand', {
      ...DEFAULT,
      businessName: 'Mine',
    });
    assert.equal(response.statusCode, 403);
    assert.equal(response.json().code, 'FORBIDDEN');
    assert.deepEqual((await asAgent.request('GET', '/api/v1/settings/brand')).json(), DEFAULT);
  });

  it('refuses a light accent, an http logo or a bad body with a sentence, and changes nothing', async () => {
    const refused: [Record<string, unknown>, RegExp][] = [
      [
        { ...DEFAULT, accentColor: '#f0b429' },
        /too light for white button text \(1\.\d:1; WCAG AA needs 4\.5:1\)/,
      ],
      [{ ...DEFAULT, accentColor: '#12345g' }, /#rrggbb/],
      [{ ...DEFAULT, logoUrl: 'http://shop.example/logo.png' }, /https:\/\//],
      [{ ...DEFAULT, businessName: ' ' }, /Give the business a name/],
      [{ ...DEFAULT, businessName: 'Shop\r\nBcc: x@evil.test' }, /one line/],
      [{ businessName: 'Shop', accentColor: '#123456' }, /logoUrl/],
      [{ ...DEFAULT, font: 'Comic Sans' }, /font/],
    ];
    for (const [body, reason] of refused) {
      const response = await asAdmin.request('PUT', '/api/v1/settings/brand', body);
      assert.equal(response.statusCode, 400, JSON.stringify(body));
      assert.match(String(response.headers['content-type']), /application\/problem\+json/);
      assert.equal(response.json().code, 'VALIDATION_FAILED');
      assert.match(response.json().detail, reason);
    }
    assert.deepEqual((await asAgent.request('GET', '/api/v1/settings/brand')).json(), DEFAULT);
    assert.deepEqual(await brandAudits(), []);
  });

  it('lets an admin set it, answers the same shape, audits the change, and frames every customer page with it', async () => {
    const brand = { businessName: HOSTILE, logoUrl: null, accentColor: '#8B1E3F' };
    const saved = await asAdmin.request('PUT', '/api/v1/settings/brand', brand);
    assert.equal(saved.statusCode, 200, saved.body);
    assert.deepEqual(saved.json(), brand);
    assert.deepEqual((await asAgent.request('GET', '/api/v1/settings/brand')).json(), brand);
    const [audit, ...more] = await brandAudits();
    assert.equal(more.length, 0);
    assert.equal(audit?.actor_user_id, adminId);
    assert.deepEqual(audit?.details, { before: DEFAULT, after: brand });

    const { linkFor } = await buildRatingRequest(t.ctx);
    for (const url of [linkFor(3), '/r/not-a-link', '/u/not-a-link']) {
      const page = (await t.app.inject({ method: 'GET', url })).body;
      assert.ok(!page.includes('<script>alert'), `no markup from the business name on ${url}`);
      assert.match(
        page,
        /<header class="brand" data-testid="brand"><span>&lt;script&gt;alert\(1\)&lt;\/script&gt; &quot;Vases&quot; &amp; Sons<\/span><\/header>/,
      );
      assert.match(page, /<title>[^<]* · &lt;script&gt;/);
      assert.match(page, /button\{background:#8B1E3F\}/);
    }
  });

  it('shows the logo, its alt text the name, once an https logo is saved', async () => {
    const brand = {
      businessName: 'The Vase Shop',
      logoUrl: 'https://cdn.example/logo.svg?v=2&x="1"',
      accentColor: '#1f5f8b',
    };
    assert.equal((await asAdmin.request('PUT', '/api/v1/settings/brand', brand)).statusCode, 200);
    const page = (await t.app.inject({ method: 'GET', url: '/r/not-a-link' })).body;
    assert.match(
      page,
      /<img src="https:\/\/cdn\.example\/logo\.svg\?v=2&amp;x=&quot;1&quot;" alt="The Vase Shop">/,
    );
    const csp = String(
      (await t.app.inject({ method: 'GET', url: '/r/not-a-link' })).headers['content-security-policy'],
    );
    assert.match(csp, /img-src 'self' data: https:/, 'the logo may load');
  });

  describe('in email', () => {
    let peer: SmtpPeer;
    let mailer: Mailer;
    before(async () => {
      peer = await startSmtpPeer();
      mailer = createMailer({
        smtpUrl: peer.url,
        from: { name: 'Example Shop', address: 'surveys@shop.example' },
      });
    });
    after(async () => {
      await mailer.close();
      await peer.close();
    });

    it('names the business as the sender and heads the survey email with it, a hostile name kept as text', async () => {
      const brand = { businessName: HOSTILE, logoUrl: null, accentColor: '#8B1E3F' };
      assert.equal((await asAdmin.request('PUT', '/api/v1/settings/brand', brand)).statusCode, 200);
      const surveyId = (await buildSurvey(t.ctx)).id;
      const started = await asAdmin.request('POST', '/api/v1/blasts', {
        surveyId,
        recipients: [{ email: 'ann@example.test', name: 'Ann' }],
      });
      assert.equal(started.statusCode, 201, started.body);
      await runJobs(t, mailer);
      const [mail] = peer.received.filter((m) => m.envelopeTo.includes('ann@example.test'));
      assert.ok(mail, 'the survey email arrived');
      assert.deepEqual(mail.parsed.from?.value, [{ name: HOSTILE, address: 'surveys@shop.example' }]);
      const html = String(mail.parsed.html);
      assert.ok(!html.includes('<script>alert'), 'no markup from the business name');
      assert.match(
        html,
        /border-bottom:3px solid #8B1E3F;[^"]*color:#8B1E3F;">&lt;script&gt;alert\(1\)&lt;\/script&gt; &quot;Vases&quot; &amp; Sons</,
      );
      assert.match(
        String(mail.parsed.text),
        /survey from <script>alert\(1\)<\/script> "Vases" & Sons at ann@example\.test/,
      );
    });
  });
});
