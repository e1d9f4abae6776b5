import { useState } from 'react';
import { admin } from '../api/admin.ts';
import { clocks, type TeamBusinessHours } from '../api/clocks.ts';
import { BusinessHoursForm } from '../components/business-hours-form.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { PageHead } from '../components/page-title.tsx';
import { useAction } from '../hooks/use-action.ts';
import { useResource } from '../hooks/use-resource.ts';
import { Link } from '../router.tsx';
import '../styles/clocks.css';

/** A team's business hours (admins): its own, or the organisation's until it has some. */
export function TeamHoursScene({ teamId }: { teamId: string }) {
  const teams = useResource(() => admin.teams(), []);
  const loaded = useResource(() => clocks.teamBusinessHours(teamId), [teamId]);
  const [current, setCurrent] = useState<TeamBusinessHours>();
  const [generation, setGeneration] = useState(0);
  const reset = useAction();
  const state = current ?? loaded.data;
  const team = teams.data?.find((t) => t.id === teamId);
  const useOrganisation = () =>
    void reset.run(async () => {
      setCurrent(await clocks.useOrganisationHours(teamId));
      setGeneration((n) => n + 1);
    });
  return (
    <section className="clocks-settings">
      <PageHead title={team ? `${team.name}: business hours` : 'Team business hours'}>
        <Link to="/people">All teams</Link>
      </PageHead>
      <ErrorMessage error={loaded.error ?? teams.error} />
      {!state && !loaded.error && <p className="muted">Loading the hours…</p>}
      {state && (
        <div className="card">
          <p className="team-hours-state" data-testid="team-hours-state">
            {state.own
              ? 'This team counts business time in its own hours.'
              : 'This team uses the organisation’s hours. Saving here gives it its own.'}
          </p>
          <BusinessHoursForm
            key={generation}
            idPrefix="team-hours"
            label="Team business hours"
            hours={state.hours}
            save={async (next) => {
              const saved = await clocks.saveTeamBusinessHours(teamId, next);
              setCurrent(saved);
              return saved.hours;
            }}
          >
            {state.own && (
              <button
                type="button"
                className="button-secondary button"
                aria-disabled={reset.busy}
                onClick={useOrganisation}
              >
                {reset.busy ? 'Switching…' : 'Use organisation hours'}
              </button>
            )}
          </BusinessHoursForm>
          <ErrorMessage error={reset.error} />
        </div>
      )}
    </section>
  );
}
