import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseEnv } from './env.ts';

describe('configuration', () => {
  it('has defaults a newcomer can start with', () => {
    const env = parseEnv({});
    assert.equal(env.PORT, 3000);
    assert.equal(env.DATABASE_URL, undefined);
    assert.equal(env.dataDir, path.resolve('data'));
    assert.equal(env.secureCookies, false);
    assert.ok(Object.isFrozen(env));
  });

  it('takes mail in only when SMTP_IN_PORT is set, on loopback unless told, with STARTTLS only given both halves', () => {
    const defaults = parseEnv({});
    assert.equal(defaults.SMTP_IN_PORT, undefined);
    assert.equal(defaults.SMTP_IN_HOST, '127.0.0.1');
    const on = parseEnv({
      SMTP_IN_PORT: '2525',
      SMTP_IN_HOST: '0.0.0.0',
      MAIL_REPLY_TO: 'support@shop.test',
    });
    assert.deepEqual([on.SMTP_IN_PORT, on.SMTP_IN_HOST], [2525, '0.0.0.0']);
    assert.throws(() => parseEnv({ SMTP_IN_PORT: '70000' }), /SMTP_IN_PORT: must be a port number/);
    // Without a mailbox of the business's own, case reply addresses would be at localhost.
    assert.throws(
      () => parseEnv({ SMTP_IN_PORT: '2525' }),
      /MAIL_REPLY_TO: must be set when SMTP_IN_PORT is/,
    );
    assert.equal(
      parseEnv({ SMTP_IN_PORT: '2525', MAIL_FROM: 'care@shop.test' }).replyMailbox,
      'care@shop.test',
    );
    assert.throws(
      () => parseEnv({ SMTP_IN_TLS_KEY: '/etc/amends/key.pem' }),
      /SMTP_IN_TLS_CERT: SMTP_IN_TLS_KEY and SMTP_IN_TLS_CERT go together/,
    );
    assert.throws(
      () => parseEnv({ SMTP_IN_TLS_KEY: 'key.pem', SMTP_IN_TLS_CERT: '/c.pem' }),
      /absolute path/,
    );
  });

  it('marks cookies secure when the public URL is https', () => {
    assert.equal(parseEnv({ AMENDS_PUBLIC_URL: 'https://amends.example.com' }).secureCookies, true);
  });

  it('names every bad variable and how to fix it', () => {
    assert.throws(
      () => parseEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x', AMENDS_ADMIN_PASSWORD: 'short' }),
      (error: unknown) =>
        error instanceof Error &&
        /PORT/.test(error.message) &&
        /DATABASE_URL: must be a postgres:\/\/ connection URL/.test(error.message) &&
        /AMENDS_ADMIN_PASSWORD: must be at least 12 characters/.test(error.message) &&
        /README/.test(error.message),
    );
  });

  it('takes the proxies to trust and the click limit, and refuses what is not an address or range', () => {
    const defaults = parseEnv({});
    assert.equal(defaults.AMENDS_TRUST_PROXY, 'loopback');
    assert.equal(defaults.AMENDS_CLICKS_PER_MINUTE, 120);
    const set = parseEnv({
      AMENDS_TRUST_PROXY: '10.0.0.0/8, 192.168.1.7,::1',
      AMENDS_CLICKS_PER_MINUTE: '600',
    });
    assert.equal(set.AMENDS_TRUST_PROXY, '10.0.0.0/8, 192.168.1.7,::1');
    assert.equal(set.AMENDS_CLICKS_PER_MINUTE, 600);
    for (const bad of ['true', '10.0.0.0/33', 'proxy.example.com', '10.0.0.1,', '::1/129', '1.2.3.4/8/1']) {
      assert.throws(
        () => parseEnv({ AMENDS_TRUST_PROXY: bad }),
        /AMENDS_TRUST_PROXY: must list the proxies/,
        bad,
      );
    }
    assert.throws(() => parseEnv({ AMENDS_CLICKS_PER_MINUTE: '0' }), /AMENDS_CLICKS_PER_MINUTE/);
  });

  it('keeps mail in the local outbox until SMTP_URL is set, and then needs a sender', () => {
    const outbox = parseEnv({});
    assert.equal(outbox.SMTP_URL, undefined);
    assert.deepEqual(outbox.mailFrom, { name: 'Amends', address: 'amends@localhost' });
    const smtp = parseEnv({
      SMTP_URL: 'smtps://mailer:p%40ss@smtp.example.com:465',
      MAIL_FROM: 'Example Shop <surveys@example.com>',
      AMENDS_PUBLIC_URL: 'https://amends.example.com',
    });
    assert.deepEqual(smtp.mailFrom, { name: 'Example Shop', address: 'surveys@example.com' });
    assert.deepEqual(
      parseEnv({
        SMTP_URL: 'smtp://127.0.0.1:2525',
        MAIL_FROM: 'surveys@example.com',
        AMENDS_PUBLIC_URL: 'https://amends.example.com',
      }).mailFrom,
      {
        name: '',
        address: 'surveys@example.com',
      },
    );
    assert.throws(
      () => parseEnv({ SMTP_URL: 'smtp://127.0.0.1:2525', AMENDS_PUBLIC_URL: 'https://amends.example.com' }),
      (error: unknown) =>
        error instanceof Error && /MAIL_FROM: must be set when SMTP_URL is/.test(error.message),
    );
  });

  it('explains a bad SMTP_URL or MAIL_FROM', () => {
    assert.throws(
      () => parseEnv({ SMTP_URL: 'mail.example.com:25', MAIL_FROM: 'Shop <surveys>' }),
      (error: unknown) =>
        error instanceof Error &&
        /SMTP_URL: must be smtp:\/\/host:port/.test(error.message) &&
        /MAIL_FROM: must be an address/.test(error.message),
    );
  });

  it('reads replies from an IMAP mailbox only when IMAP_URL is set, with TLS for imaps and INBOX by default', () => {
    assert.equal(parseEnv({}).imap, undefined);
    assert.deepEqual(
      parseEnv({
        IMAP_URL: 'imaps://support%40shop.example:p%40ss%2Fw@IMAP.Shop.example',
        MAIL_REPLY_TO: 'support@shop.example',
      }).imap,
      {
        host: 'imap.shop.example',
        port: 993,
        secure: true,
        user: 'support@shop.example',
        password: 'p@ss/w',
        folder: 'INBOX',
        name: 'support@shop.example@imap.shop.example/INBOX',
        moveTo: undefined,
        pollSeconds: 60,
      },
    );
    const plain = parseEnv({
      IMAP_URL: 'imap://ann:secret@127.0.0.1:1143/Support%20replies',
      MAIL_FROM: 'ann@shop.example',
      IMAP_MOVE_TO: 'Amends',
      IMAP_POLL_SECONDS: '30',
    }).imap;
    assert.deepEqual(
      [plain?.port, plain?.secure, plain?.folder, plain?.moveTo, plain?.pollSeconds],
      [1143, false, 'Support replies', 'Amends', 30],
    );
  });

  it('explains a bad IMAP_URL and a poll too fast for a mail server', () => {
    assert.throws(
      () => parseEnv({ IMAP_URL: 'imap.shop.example:993', IMAP_POLL_SECONDS: '1' }),
      (error: unknown) =>
        error instanceof Error &&
        /IMAP_URL: must be imaps:\/\/user:password@/.test(error.message) &&
        /IMAP_POLL_SECONDS: must be at least 5/.test(error.message),
    );
    // Without the mailbox's own address, case reply addresses would be at localhost.
    assert.throws(
      () => parseEnv({ IMAP_URL: 'imaps://ann:pw@imap.shop.example' }),
      /MAIL_REPLY_TO: must be set when IMAP_URL is/,
    );
    // A password with an unencoded @ would silently log in as someone else: refused.
    assert.throws(() => parseEnv({ IMAP_URL: 'imaps://ann:p@ss@imap.shop.example' }), /IMAP_URL/);
  });

  it('refuses to send mail whose links would point at localhost, naming the variable and an example', () => {
    const mail = { SMTP_URL: 'smtp://smtp.example.com:587', MAIL_FROM: 'surveys@example.com' };
    for (const publicUrl of [
      undefined,
      'http://localhost:3000',
      'http://app.localhost',
      'http://127.0.0.1:3000',
      'http://[::1]:3000',
    ]) {
      assert.throws(
        () => parseEnv({ ...mail, AMENDS_PUBLIC_URL: publicUrl }),
        (error: unknown) =>
          error instanceof Error &&
          /AMENDS_PUBLIC_URL: /.test(error.message) &&
          /AMENDS_PUBLIC_URL=https:\/\/amends\.example\.com/.test(error.message),
        `AMENDS_PUBLIC_URL=${publicUrl}`,
      );
    }
    // Without SMTP_URL nothing leaves the machine, so localhost links are fine (the outbox is local).
    assert.equal(parseEnv({ AMENDS_PUBLIC_URL: 'http://localhost:3000' }).SMTP_URL, undefined);
    // Plain http on a name others can reach is a choice (an intranet), not this mistake.
    const intranet = parseEnv({ ...mail, HOST: '0.0.0.0', AMENDS_PUBLIC_URL: 'http://amends.intranet:3000' });
    assert.equal(intranet.AMENDS_PUBLIC_URL, 'http://amends.intranet:3000');
    assert.equal(intranet.secureCookies, false);
  });

  it('keeps what the postgres user must reach (as root, from a private clone) in /var/lib/amends unless told otherwise', () => {
    assert.equal(parseEnv({}).AMENDS_SHARED_DIR, '/var/lib/amends');
    assert.equal(parseEnv({}).AMENDS_DATA_DIR, undefined, 'unset, so a private clone may move it');
    assert.throws(
      () => parseEnv({ AMENDS_SHARED_DIR: 'relative/folder' }),
      /AMENDS_SHARED_DIR: must be an absolute path/,
    );
  });

  it('signs with DKIM only when domain, selector and a key are all set, and refuses a key that cannot sign', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    assert.equal(parseEnv({}).dkim, undefined);
    const signed = parseEnv({ DKIM_DOMAIN: 'example.com', DKIM_SELECTOR: 'amends', DKIM_PRIVATE_KEY: pem });
    assert.deepEqual(signed.dkim, { domainName: 'example.com', keySelector: 'amends', privateKey: pem });
    // A key pasted on one line, its line breaks written \\n, as env files often carry it.
    const oneLine = parseEnv({
      DKIM_DOMAIN: 'example.com',
      DKIM_SELECTOR: 'amends',
      DKIM_PRIVATE_KEY: pem.replace(/\n/g, '\\n'),
    });
    assert.equal(oneLine.dkim?.privateKey, pem);
    assert.throws(
      () => parseEnv({ DKIM_DOMAIN: 'example.com', DKIM_SELECTOR: 'amends' }),
      /DKIM_DOMAIN: DKIM needs DKIM_DOMAIN, DKIM_SELECTOR and a private key/,
    );
    assert.throws(
      () => parseEnv({ DKIM_DOMAIN: 'example.com', DKIM_SELECTOR: 'amends', DKIM_PRIVATE_KEY: 'not a key' }),
      /DKIM_PRIVATE_KEY: is not a private key in PEM form/,
    );
    assert.throws(
      () =>
        parseEnv({
          DKIM_DOMAIN: 'example.com',
          DKIM_SELECTOR: 'amends',
          DKIM_PRIVATE_KEY_FILE: '/nonexistent/dkim.pem',
        }),
      /DKIM_PRIVATE_KEY_FILE: cannot be read/,
    );
  });
});
