/**
 * A Message-ID as we put it in a header: `<local@domain>`, nothing that could end the header or hold
 * a second one. The ids come from customers' mail (their Message-ID and References), so each is checked.
 */
const MESSAGE_ID = /^<[^<>\s@]+@[^<>\s@]+>$/;

/** References carried on: the thread's first message and the latest ones (RFC 5322 §3.6.4 allows trimming). */
const MAX_REFERENCES = 20;

/** The message a new one answers: its Message-ID and the References it carried. */
export type ThreadParent = { messageId: string; references: readonly string[] };

export type ThreadHeaders = { inReplyTo: string; references: string[] } | undefined;

export function isMessageId(value: unknown): value is string {
  return typeof value === 'string' && MESSAGE_ID.test(value);
}

/**
 * In-Reply-To and References for a message answering `parent` (the latest message on the case, the
 * customer's or ours), so mail clients keep the conversation in one thread: In-Reply-To names the
 * parent, References is the parent's References plus the parent. Ids that are not well-formed are
 * dropped (they came in from outside); repeated ones kept once; a long chain keeps its first id and the
 * latest ones. Undefined when there is no parent with a usable id: the message starts the thread.
 *
 * @example threadHeadersFor({ messageId: '<b@x>', references: ['<a@x>'] })
 * // { inReplyTo: '<b@x>', references: ['<a@x>', '<b@x>'] }
 */
export function threadHeadersFor(parent: ThreadParent | undefined): ThreadHeaders {
  if (!parent || !isMessageId(parent.messageId)) return undefined;
  const earlier = parent.references.filter((id) => isMessageId(id) && id !== parent.messageId);
  const chain = [...new Set(earlier), parent.messageId];
  const references =
    chain.length > MAX_REFERENCES ? [chain[0] as string, ...chain.slice(-(MAX_REFERENCES - 1))] : chain;
  return { inReplyTo: parent.messageId, references };
}

/** The ids in a References header value (space-separated), as we stored it on our own mail. */
export function referencesIn(value: unknown): string[] {
  return typeof value === 'string' ? value.split(/\s+/).filter(isMessageId) : [];
}
