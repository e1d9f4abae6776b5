import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { judgeAuthentication, type MailAuthentication } from './mail-authentication.ts';

type Results = Pick<MailAuthentication, 'dkim' | 'spf' | 'dmarc'>;
const none: Results = { dkim: [], spf: undefined, dmarc: undefined };
const dmarc = (result: string) => ({ result, domain: 'example.com', policy: 'reject' });
const spf = (result: string) => ({ result, domain: 'example.com' });
const dkim = (...results: string[]) => results.map((result) => ({ result, domain: 'example.com' }));

describe('whether the sender’s domain vouches for a mail', () => {
  const cases: [string, Results, string][] = [
    ['nothing checked', none, 'unverified'],
    ['DMARC pass', { ...none, dmarc: dmarc('pass') }, 'pass'],
    ['DMARC fail, even with SPF pass', { ...none, dmarc: dmarc('fail'), spf: spf('pass') }, 'failed'],
    ['no DMARC, SPF hard fail', { ...none, dmarc: dmarc('none'), spf: spf('fail') }, 'failed'],
    ['no DMARC, SPF softfail', { ...none, spf: spf('softfail') }, 'unverified'],
    ['no DMARC, SPF pass', { ...none, spf: spf('pass') }, 'pass'],
    ['no DMARC, SPF temperror (DNS down)', { ...none, spf: spf('temperror') }, 'unverified'],
    ['no DMARC, DKIM fail only', { ...none, dkim: dkim('fail') }, 'failed'],
    ['no DMARC, one DKIM fails and one passes', { ...none, dkim: dkim('fail', 'pass') }, 'pass'],
    ['DMARC temperror with SPF none', { ...none, dmarc: dmarc('temperror'), spf: spf('none') }, 'unverified'],
  ];
  for (const [name, results, verdict] of cases) {
    it(`calls ${name} ${verdict}`, () => {
      assert.equal(judgeAuthentication(results).verdict, verdict);
    });
  }

  it('says why a failed one failed', () => {
    assert.match(
      judgeAuthentication({ ...none, dmarc: dmarc('fail') }).why ?? '',
      /DMARC failed for example\.com/,
    );
  });
});
