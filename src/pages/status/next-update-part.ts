import type { StatusPageView } from '../../app/status-page/open-status-page.ts';
import { dueTimeText } from '../../core/time/customer-time.ts';
import { type Html, html } from '../html.ts';

/**
 * "Next update by …": when the customer hears from us next (the case's update cadence, or its
 * acknowledgement while it is new), in their own time zone when we know it — else the business's,
 * named, so nobody guesses whose 14:00 it is. Plain text, not a <time> the page's script would
 * rewrite into the reader's zone. Nothing when no clock runs (a resolved case).
 */
export function nextUpdatePart(view: StatusPageView): Html | '' {
  const next = view.nextUpdate;
  if (!next) return '';
  const when = dueTimeText(next.at, next.zone);
  return next.overdue
    ? html`<p data-testid="next-update-by"><strong>We owe you an update</strong> (it was due by ${when}). ${view.ownerFirstName} will write to you shortly.</p>`
    : html`<p data-testid="next-update-by"><strong>Next update by ${when}</strong>, sooner if there is news.</p>`;
}
