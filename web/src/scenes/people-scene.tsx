import { admin } from '../api/admin.ts';
import { amends } from '../api/amends.ts';
import type { Team, User } from '../api/types.ts';
import { AddPersonForm } from '../components/add-person-form.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { PageHead } from '../components/page-title.tsx';
import { PersonRow } from '../components/person-row.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';
import { TeamsPanel } from '../components/teams-panel.tsx';
import { useResource } from '../hooks/use-resource.ts';
import '../styles/people.css';

/** Everyone who works cases (admins): roles, teams, availability, sign-in links, deactivation. */
export function PeopleScene() {
  const people = useResource(() => amends.users(), []);
  const teams = useResource(() => admin.teams(), []);
  const changed = () => {
    people.reload();
    teams.reload();
  };
  return (
    <section className="people">
      <PageHead title="People" />
      <div className="people-layout">
        <div className="stack">
          <ErrorMessage error={people.error ?? teams.error} />
          {(!people.data || !teams.data) && !people.error && !teams.error && (
            <p className="muted">Loading people…</p>
          )}
          {people.data && teams.data && (
            <PeopleTable people={people.data} teams={teams.data} onChanged={changed} />
          )}
        </div>
        <aside className="stack" aria-label="Add">
          {teams.data && <AddPersonForm teams={teams.data} onAdded={changed} />}
          {teams.data && people.data && (
            <TeamsPanel teams={teams.data} people={people.data} onChanged={changed} />
          )}
        </aside>
      </div>
    </section>
  );
}

function PeopleTable({ people, teams, onChanged }: { people: User[]; teams: Team[]; onChanged: () => void }) {
  return (
    <ScrollTable label="People">
      <table className="data-table people-table">
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Role</th>
            <th scope="col">Teams</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <PersonRow key={person.id} person={person} teams={teams} onChanged={onChanged} />
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
