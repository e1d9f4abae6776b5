import os from 'node:os';
import { type AuthenticateResult, authenticate, type DNSResolver } from 'mailauth';
import { judgeAuthentication, type MailAuthentication } from '../../core/mail/mail-authentication.ts';

/**
 * The name our results are recorded under (Authentication-Results' authserv-id), read once: mailauth
 * asks the system for it on every message otherwise.
 */
const MTA = os.hostname();

/** How mailauth looks up DNS records: the system's resolver by default; tests and benchmarks give their own. */
export type DnsResolver = DNSResolver;

/**
 * DKIM, SPF and DMARC for one message (mailauth), and our verdict on them
 * (core/mail/mail-authentication.ts). SPF is checked against the connecting client when the SMTP
 * listener took the mail; for a mail read from a mailbox, against the newest Received header.
 */
export async function authenticateEmail(
  raw: Buffer,
  envelope: { envelopeFrom: string | undefined; remoteAddress: string | undefined; helo: string | undefined },
  resolver: DnsResolver | undefined,
): Promise<MailAuthentication> {
  const result = await authenticate(raw, {
    mta: MTA,
    ...(envelope.remoteAddress ? { ip: envelope.remoteAddress } : { trustReceived: true }),
    ...(envelope.helo && { helo: envelope.helo }),
    ...(envelope.envelopeFrom !== undefined && { sender: envelope.envelopeFrom }),
    ...(resolver && { resolver }),
    disableArc: true,
    disableBimi: true,
  });
  const results = resultsOf(result);
  return { ...results, ...judgeAuthentication(results) };
}

function resultsOf(result: AuthenticateResult): Pick<MailAuthentication, 'dkim' | 'spf' | 'dmarc'> {
  return {
    dkim: result.dkim.results.map((signature) => ({
      result: signature.status.result,
      domain: signature.signingDomain,
    })),
    spf: result.spf ? { result: result.spf.status.result, domain: result.spf.domain } : undefined,
    dmarc: result.dmarc
      ? { result: result.dmarc.status.result, domain: result.dmarc.domain, policy: result.dmarc.policy }
      : undefined,
  };
}
