import { clocks } from '../api/clocks.ts';
import { BusinessHoursForm } from '../components/business-hours-form.tsx';
import { CasePolicyForm } from '../components/case-policy-form.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { PageHead } from '../components/page-title.tsx';
import { useResource } from '../hooks/use-resource.ts';
import '../styles/clocks.css';

/**
 * Clocks (admins): per severity, how soon a case is acknowledged, how often the customer hears from
 * us, and how soon it is resolved; and the organisation's business hours that business clocks count in.
 */
export function ClocksScene() {
  const policies = useResource(() => clocks.policies(), []);
  const hours = useResource(() => clocks.businessHours(), []);
  return (
    <section className="clocks-settings">
      <PageHead title="Clocks" />
      <p className="muted lead">
        Each open case runs these clocks; a clock in business hours stops outside them (its team's hours, else
        the organisation's). Saving recomputes the due times of open cases.
      </p>
      <section className="clocks-section" aria-labelledby="policies-title">
        <h2 id="policies-title" className="visually-hidden">
          Response times per severity
        </h2>
        <ErrorMessage error={policies.error} />
        {!policies.data && !policies.error && <p className="muted">Loading the clocks…</p>}
        <div className="policy-list">
          {policies.data?.map((policy) => (
            <CasePolicyForm key={policy.severity} policy={policy} />
          ))}
        </div>
      </section>
      <section className="clocks-section card" aria-labelledby="hours-title">
        <h2 id="hours-title">Business hours</h2>
        <p className="muted">For cases without a team, and teams without hours of their own.</p>
        <ErrorMessage error={hours.error} />
        {!hours.data && !hours.error && <p className="muted">Loading the hours…</p>}
        {hours.data && (
          <BusinessHoursForm
            idPrefix="org-hours"
            label="Organisation business hours"
            hours={hours.data}
            save={(next) => clocks.saveBusinessHours(next)}
          />
        )}
      </section>
    </section>
  );
}
