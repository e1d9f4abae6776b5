import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { dkimVerify } from 'mailauth';
import { createMailer, type Mailer } from '../../src/mail/out/mailer.ts';
import { buildSurvey, prepareNow } from '../support/blasts.ts';
import { buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { type SmtpPeer, startSmtpPeer } from '../support/smtp-peer.ts';
import { signIn, startTestApp, type TestApp } from '../support/test-app.ts';

const FROM = { name: 'Example Shop', address: 'surveys@shop.example' };

describe('DKIM signing of outbound mail', () => {
  let t: TestApp;
  let peer: SmtpPeer;
  let mailer: Mailer;
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  /** The key record a receiver would find in DNS at amends._domainkey.shop.example; no DNS is asked. */
  const resolver = async (name: string, type: string) => {
    if (name === 'amends._domainkey.shop.example' && type === 'TXT')
      return [[`v=DKIM1; k=rsa; p=${publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`]];
    throw Object.assign(new Error(`no ${type} record for ${name}`), { code: 'ENOTFOUND' });
  };

  before(async () => {
    t = await startTestApp();
    peer = await startSmtpPeer();
    mailer = createMailer({
      smtpUrl: peer.url,
      from: FROM,
      dkim: {
        domainName: 'shop.example',
        keySelector: 'amends',
        privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      },
    });
  });
  after(async () => {
    await mailer.close();
    await peer.close();
    await t.close();
  });

  it('sends survey mail with a DKIM-Signature that verifies against the published key, and fails when changed', async () => {
    const supervisor = await signIn(
      t.app,
      (await buildUser(t.ctx, { role: 'supervisor' })).email,
      TEST_PASSWORD,
    );
    const surveyId = (await buildSurvey(t.ctx)).id;
    const response = await supervisor.request('POST', '/api/v1/blasts', {
      surveyId,
      recipients: [{ email: 'signed@example.test', name: 'Zoë' }],
    });
    await prepareNow(t, response.json().blast.id);
    await runJobs(t, mailer);
    const [mail] = peer.received;
    assert.ok(mail, 'the mail arrived');
    assert.ok(mail.headerLines.some((line) => line.startsWith('DKIM-Signature:')));

    const verified = await dkimVerify(mail.raw, { resolver });
    const [result] = verified.results;
    assert.equal(result?.status.result, 'pass', result?.info);
    assert.equal(result?.signingDomain, 'shop.example');
    assert.equal(result?.selector, 'amends');

    const tampered = Buffer.from(mail.raw.toString('utf8').replace('Zo', 'Xo'));
    assert.notEqual(tampered.toString(), mail.raw.toString());
    const refused = await dkimVerify(tampered, { resolver });
    assert.notEqual(refused.results[0]?.status.result, 'pass', 'a changed mail does not verify');
  });
});
