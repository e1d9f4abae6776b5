import type { OutboundEmail } from '../../core/mail/outbound-email.ts';
import type { Executor } from '../../store/db.ts';
import { publishLive } from '../../store/live.store.ts';

/**
 * A message to the customer changed state (sent, held, failed, suppressed, back in the queue): its
 * case's timeline shows that state, so every console with the case open hears `case.changed`.
 */
export async function announceMessageDelivery(
  db: Executor,
  email: Partial<Pick<OutboundEmail, 'kind' | 'caseId'>>,
): Promise<void> {
  if (email.kind === 'case-message' && email.caseId)
    await publishLive(db, { type: 'case.changed', caseId: email.caseId });
}
