/**
 * What DKIM, SPF and DMARC said about one inbound message (mail/in asks mailauth), and what we make of
 * it. The From header is whatever the sender typed; these checks are how the sender's domain vouches
 * for it.
 */
export type MailAuthentication = {
  /** One entry per DKIM signature: its result (pass, fail, neutral, …) and signing domain. */
  dkim: { result: string; domain: string | undefined }[];
  /** SPF for the envelope sender and the connecting address; undefined when it was not checked. */
  spf: { result: string; domain: string | undefined } | undefined;
  /** DMARC for the From domain; undefined when it was not checked (no From domain). */
  dmarc: { result: string; domain: string | undefined; policy: string | undefined } | undefined;
  verdict: AuthenticationVerdict;
  /** Why the verdict is `failed`, in words for the console. */
  why: string | undefined;
};

/**
 * `pass`: the From domain vouches for the message. `failed`: it says the message is not theirs (or
 * it was altered). `unverified`: nobody says either way — most small domains publish no DMARC, and
 * their mail must still reach its case.
 */
export type AuthenticationVerdict = 'pass' | 'failed' | 'unverified';

type Results = Pick<MailAuthentication, 'dkim' | 'spf' | 'dmarc'>;

/**
 * The verdict, in order:
 * 1. DMARC decides when the From domain publishes it: `pass` passes, `fail` fails (whatever its
 *    policy: p=none asks receivers not to reject, not to believe the From).
 * 2. Without DMARC, an SPF hard `fail` (the domain lists the servers that may send for it, and this
 *    one is not among them) fails, and so do DKIM signatures of which none verifies (the message was
 *    altered after signing, or the signature is forged).
 * 3. Otherwise an SPF or DKIM `pass` passes, and anything else is `unverified`.
 * A temporary DNS error is never a failure: it proves nothing about the sender.
 */
export function judgeAuthentication(results: Results): Pick<MailAuthentication, 'verdict' | 'why'> {
  const dmarc = results.dmarc?.result;
  if (dmarc === 'pass') return { verdict: 'pass', why: undefined };
  if (dmarc === 'fail')
    return {
      verdict: 'failed',
      why: `DMARC failed for ${results.dmarc?.domain ?? 'the From domain'}: the sender's domain does not vouch for this message`,
    };
  if (results.spf?.result === 'fail')
    return {
      verdict: 'failed',
      why: `SPF failed for ${results.spf.domain ?? 'the envelope sender'}: this server may not send its mail`,
    };
  const dkim = results.dkim.map((signature) => signature.result);
  if (dkim.includes('fail') && !dkim.includes('pass'))
    return {
      verdict: 'failed',
      why: 'its DKIM signature does not verify: the message was changed or forged',
    };
  if (results.spf?.result === 'pass' || dkim.includes('pass')) return { verdict: 'pass', why: undefined };
  return { verdict: 'unverified', why: undefined };
}
