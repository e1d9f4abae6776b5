import type { CaseDetail } from '../api/types.ts';
import { allowanceText, type CaseClock, CLOCK_TITLES } from '../clocks.ts';
import { formatDateTime } from '../format.ts';
import { useNow } from '../hooks/use-now.ts';
import { isCaseActive } from '../rules.ts';
import '../styles/case-clocks.css';
import { ClockCountdown } from './clock-countdown.tsx';

/**
 * The case's clocks under its severity's policy: for each, when it breaks and how long is left
 * (ticking), how it counts (business or wall time), and what starts, restarts or stops it — so the
 * owner knows which action buys time and which ends the clock.
 */
export function CaseClocks({ detail }: { detail: CaseDetail }) {
  const now = useNow(5_000);
  const { case: c, policy, businessTimeZone } = detail;
  const dueOf: Record<CaseClock, string | null> = {
    acknowledge: c.clocks.acknowledgeDueAt,
    update: c.clocks.updateDueAt,
    resolve: c.clocks.resolveDueAt,
  };
  const allowance = {
    acknowledge: allowanceText(policy.acknowledgeWithin, 'within'),
    update: allowanceText(policy.updateEvery, 'every'),
    resolve: allowanceText(policy.resolveWithin, 'within'),
  };
  const resets: Record<CaseClock, string> = {
    acknowledge:
      'Runs while the case is open, from its opening (or reopening). Acknowledging stops this clock — so does the first message to the customer.',
    update: `Runs once the case is acknowledged. Any message to the customer restarts it.${
      policy.holdingMessage
        ? ' If it runs out, the customer gets a short holding message and you are nudged.'
        : ' If it runs out, you are nudged to write.'
    }`,
    resolve: 'Runs from the opening (or reopening) until the case is resolved; resolving stops it.',
  };
  const stopped: Record<CaseClock, string> = {
    acknowledge: c.acknowledgedAt
      ? `Stopped: acknowledged ${formatDateTime(c.acknowledgedAt)}.`
      : 'Not running.',
    update: c.status === 'open' ? 'Starts when the case is acknowledged.' : 'Not running.',
    resolve: c.resolvedAt ? `Stopped: resolved ${formatDateTime(c.resolvedAt)}.` : 'Not running.',
  };
  const usesBusiness = [policy.acknowledgeWithin, policy.updateEvery, policy.resolveWithin].some(
    (a) => a.business,
  );
  return (
    <section className="card case-clocks" aria-labelledby="clocks-title" data-testid="case-clocks">
      <h2 id="clocks-title">Clocks</h2>
      <ul>
        {(['acknowledge', 'update', 'resolve'] as const).map((clock) => {
          const due = dueOf[clock];
          return (
            <li key={clock} data-testid={`case-clock-${clock}`}>
              <h3>
                {CLOCK_TITLES[clock]} <span className="muted">— {allowance[clock]}</span>
              </h3>
              {due && isCaseActive(c.status) ? (
                <p>
                  <ClockCountdown clock={clock} dueAt={due} now={now} />{' '}
                  <span className="muted">due {formatDateTime(due)}</span>
                </p>
              ) : (
                <p className="clock-stopped">{stopped[clock]}</p>
              )}
              <p className="hint">{resets[clock]}</p>
            </li>
          );
        })}
      </ul>
      {usesBusiness && (
        <p className="hint">Business time counts only the team’s business hours ({businessTimeZone}).</p>
      )}
    </section>
  );
}
