import { MAX_MESSAGE_LENGTH } from '../conversation/customer-message.ts';
import { hasRole, type Role } from '../team/role.ts';

/**
 * Who may issue a new status link (the old one stops working at once): the case's owner, or a
 * supervisor or admin — the people who may change its status.
 */
export function canIssueStatusLink(actor: { userId: string; role: Role }, ownerId: string): boolean {
  return actor.userId === ownerId || hasRole(actor.role, 'supervisor');
}

/**
 * Why a customer's reply on their status page cannot be kept as written, in words for them (shown
 * beside the box, their text handed back); undefined when it can. `body` is the reply already trimmed.
 */
export function findStatusReplyProblem(body: string): string | undefined {
  if (body.length === 0) return 'Write your message first, then press Send.';
  if (body.length > MAX_MESSAGE_LENGTH)
    return `That is longer than we can take in one message (${MAX_MESSAGE_LENGTH.toLocaleString('en')} characters; yours has ${body.length.toLocaleString('en')}). Please shorten it or send it in parts; your text is below.`;
  return undefined;
}
