import type { DnsResolver } from '../../src/mail/in/authenticate-email.ts';

/**
 * A DNS resolver for mailauth that answers from a table instead of the network: `TXT:_dmarc.example.com`
 * → `[['v=DMARC1; p=reject']]`. Any other name does not exist (ENOTFOUND), as for an unknown domain.
 */
export function offlineDns(records: Record<string, string[][] | string[]>): DnsResolver {
  return async (domain, rrtype) => {
    const found = records[`${rrtype}:${domain.toLowerCase()}`];
    if (found) return found;
    throw Object.assign(new Error(`queryTxt ENOTFOUND ${domain}`), { code: 'ENOTFOUND' });
  };
}
