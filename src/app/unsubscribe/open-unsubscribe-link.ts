import { suppressionKey } from '../../core/mail/suppression.ts';
import { verifyRequestToken } from '../../core/rating/rating-link.ts';
import { findSuppressions } from '../../store/email-suppression.store.ts';
import { findAddressesOfRatingRequest } from '../../store/outbound-email.store.ts';
import { findRatingRequestByKey } from '../../store/rating-request.store.ts';
import type { AppContext } from '../context.ts';

export type UnsubscribeLinkView =
  | { state: 'invalid' }
  | { state: 'confirm'; addresses: string[] }
  | { state: 'unsubscribed'; addresses: string[] };

/**
 * Opening an unsubscribe link changes nothing: mail scanners fetch every link in a message, and a
 * fetch must not unsubscribe anyone. It shows which address the link speaks for, and whether it is
 * already unsubscribed; the person's POST (or a mail client's RFC 8058 one-click POST) unsubscribes.
 */
export async function openUnsubscribeLink(ctx: AppContext, token: string): Promise<UnsubscribeLinkView> {
  const addresses = await findAddressesOfToken(ctx, token);
  if (!addresses) return { state: 'invalid' };
  const suppressed = await findSuppressions(ctx.db, addresses);
  return { state: addresses.every((a) => suppressed.has(a)) ? 'unsubscribed' : 'confirm', addresses };
}

/** The suppression keys of the addresses a token's request was mailed to; undefined for a bad token. */
export async function findAddressesOfToken(ctx: AppContext, token: string): Promise<string[] | undefined> {
  const key = verifyRequestToken(ctx.linkSecret, 'unsubscribe', token);
  const request = key ? await findRatingRequestByKey(ctx.db, key) : undefined;
  if (!request) return undefined;
  const addresses = [
    ...new Set((await findAddressesOfRatingRequest(ctx.db, request.id)).map(suppressionKey)),
  ];
  return addresses.length > 0 ? addresses : undefined;
}
