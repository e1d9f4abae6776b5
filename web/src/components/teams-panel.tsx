import { type FormEvent, useRef, useState } from 'react';
import { admin } from '../api/admin.ts';
import { messageFor, unplacedError } from '../api/field-errors.ts';
import type { Team, User } from '../api/types.ts';
import { useAction } from '../hooks/use-action.ts';
import { useFocusOnError } from '../hooks/use-focus-on-error.ts';
import { Link } from '../router.tsx';
import { ErrorMessage } from './error-message.tsx';
import { TextField } from './text-field.tsx';

/** The teams and how many people each has; a new team is added here, members are chosen in the list. */
export function TeamsPanel({
  teams,
  people,
  onChanged,
}: {
  teams: Team[];
  people: User[];
  onChanged: () => void;
}) {
  const [name, setName] = useState('');
  const [done, setDone] = useState<string>();
  const { busy, error, run } = useAction();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);
  const active = new Set(people.filter((p) => p.active).map((p) => p.id));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    await run(async () => {
      const team = await admin.createTeam(name);
      setName('');
      setDone(`${team.name} is added: choose its members in the list.`);
      onChanged();
    });
  };

  return (
    <section className="card" aria-labelledby="teams-title">
      <h2 id="teams-title">Teams</h2>
      {teams.length === 0 && <p className="muted">No teams yet.</p>}
      <ul className="team-list">
        {teams.map((team) => {
          const members = team.memberIds.filter((id) => active.has(id)).length;
          return (
            <li key={team.id}>
              {team.name} <span className="muted">· {members === 1 ? '1 person' : `${members} people`}</span>{' '}
              ·{' '}
              <Link to={`/teams/${team.id}/hours`}>
                Business hours<span className="visually-hidden"> of {team.name}</span>
              </Link>
            </li>
          );
        })}
      </ul>
      <form onSubmit={submit} className="stack" aria-label="New team" ref={form} noValidate>
        <TextField
          id="team-name"
          label="New team"
          value={name}
          onChange={setName}
          maxLength={100}
          error={messageFor(error, 'name')}
        />
        <ErrorMessage error={unplacedError(error, ['name'])} />
        {done && (
          <p role="status" className="success-message">
            {done}
          </p>
        )}
        <button type="submit" className="button-secondary button" aria-disabled={busy}>
          {busy ? 'Adding…' : 'Add team'}
        </button>
      </form>
    </section>
  );
}
