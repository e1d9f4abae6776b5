import { offlineDns } from './offline-dns.ts';

/**
 * An offline DNS resolver with no records, as a module's default export: what reader threads load
 * (src/mail/in/reader-threads.ts), as a function cannot be handed to a thread.
 */
export default offlineDns({});

/** This module's URL, for JobOptions' dnsResolverModule. */
export const NO_DNS_MODULE = import.meta.url;
