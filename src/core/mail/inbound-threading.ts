import type { AuthenticationVerdict } from './mail-authentication.ts';

/** A case the mail may belong to, with the addresses of its customer (to tell them from a stranger). */
export type CaseFact = { caseId: string; customerEmails: readonly string[] };

/** What the database knows that bears on where a mail belongs (the app looks each up). */
export type ThreadingFacts = {
  /** The case whose reply address (signed tag, core/case/case-links.ts) the mail was sent to. */
  replyAddressCase: CaseFact | undefined;
  /** Message-IDs the mail answers, in the order to try (see referenceCandidates). */
  candidates: readonly string[];
  /** Of those, the ones we know: our own mail's, or the customer's earlier mail's, with their case. */
  referencedCases: ReadonlyMap<string, CaseFact>;
  /** The sender's address (From), lower-case; undefined when the mail has none we can read. */
  senderAddress: string | undefined;
  /** The active (open or acknowledged) cases of the customers with the sender's address. */
  senderActiveCaseIds: readonly string[];
  authentication: AuthenticationVerdict;
};

export type ThreadedBy = 'reply_address' | 'references' | 'sender';

export type ThreadingDecision =
  | {
      action: 'thread';
      caseId: string;
      by: ThreadedBy;
      /** A stranger: the sender is not one of the case's customer's addresses (a colleague, a new address). */
      from: 'customer' | 'stranger';
    }
  | { action: 'open_case' }
  | { action: 'flag'; why: string };

/**
 * The Message-IDs a reply answers, most specific first: In-Reply-To, then References from the
 * newest (last) to the oldest, each once.
 */
export function referenceCandidates(inReplyTo: string | undefined, references: readonly string[]): string[] {
  return [...new Set([...(inReplyTo ? [inReplyTo] : []), ...[...references].reverse()])];
}

/**
 * Where an inbound mail belongs, in order:
 * 1. the case whose reply address it was sent to — the address carries a signed secret only the
 *    case's mail ever showed, so it threads even from a stranger (marked) or with failed
 *    authentication (marked on the event);
 * 2. the case of a message it answers (In-Reply-To, References): ours, or the customer's own earlier
 *    mail;
 * 3. the sender's one active case, when they have exactly one;
 * 4. otherwise a new case for the sender.
 * Steps 3 and 4 rest on the From header alone, so a mail whose authentication failed (a forged From)
 * never takes them: it is flagged for a person instead, and never opens a case or creates a customer
 * in someone else's name. A mail with no readable sender is flagged the same way.
 */
export function decideThreading(facts: ThreadingFacts): ThreadingDecision {
  const fromOf = (fact: CaseFact) =>
    facts.senderAddress && fact.customerEmails.includes(facts.senderAddress) ? 'customer' : 'stranger';
  if (facts.replyAddressCase)
    return {
      action: 'thread',
      caseId: facts.replyAddressCase.caseId,
      by: 'reply_address',
      from: fromOf(facts.replyAddressCase),
    };
  for (const candidate of facts.candidates) {
    const fact = facts.referencedCases.get(candidate);
    if (fact) return { action: 'thread', caseId: fact.caseId, by: 'references', from: fromOf(fact) };
  }
  if (!facts.senderAddress)
    return { action: 'flag', why: 'it has no sender address we can read, and answers no case of ours' };
  if (facts.authentication === 'failed')
    return {
      action: 'flag',
      why: 'its sender failed authentication (DKIM/SPF/DMARC), and only its From ties it to a customer',
    };
  const [only, ...more] = facts.senderActiveCaseIds;
  if (only && more.length === 0) return { action: 'thread', caseId: only, by: 'sender', from: 'customer' };
  return { action: 'open_case' };
}
