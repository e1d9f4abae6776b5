import type { DnsResolver } from '../../src/mail/in/authenticate-email.ts';

/**
 * A DNS resolver for mailauth that answers from a table instead of the network: `TXT:_dmarc.example.com`
 * → `[['v=DMARC1; p=reject']]`. Any other name does not exist (ENOTFOUND), as for an unknown domain.
 */
export function offlineDns(records: Record<string, string[][] | string[]>): DnsResolver {
  return async (domain, rrtype) => {
    const found = records[`${rrtype}:${domain.toLowerCase()}`];
    if (found) return found;
    throw notFound(domain);
  };
}

/**
 * The error a resolver gives for a name that does not exist, without a stack trace: a stand-in for
 * DNS should not cost more than DNS does (capturing a stack for every lookup was ~7 % of reading a
 * mail in `npm run bench -- mail-in`; a real resolver's work is in C and on the network).
 */
function notFound(domain: string): Error {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return Object.assign(new Error(`queryTxt ENOTFOUND ${domain}`), { code: 'ENOTFOUND' });
  } finally {
    Error.stackTraceLimit = limit;
  }
}
