import { useEffect, useState } from 'react';
import { admin, type PersonChanges } from '../api/admin.ts';
import type { Role, Team, User } from '../api/types.ts';
import { formatDateTime, ROLE_LABELS } from '../format.ts';
import { useAction } from '../hooks/use-action.ts';
import { ROLES } from '../rules.ts';
import { useSession } from '../session.tsx';
import { ErrorMessage } from './error-message.tsx';
import { PasswordLink } from './password-link.tsx';
import { TeamCheckboxes } from './team-checkboxes.tsx';

/** One person: each control saves at once and shows the server's sentence if it refuses. */
export function PersonRow({
  person,
  teams,
  onChanged,
}: {
  person: User;
  teams: Team[];
  onChanged: () => void;
}) {
  const { user: me } = useSession();
  const self = me.id === person.id;
  const { busy, error, run } = useAction();
  const [reset, setReset] = useState<{ link: string; expiresAt: string }>();
  const [mailed, setMailed] = useState<{ to: string; expiresAt: string }>();
  // Ticked at once; the server's answer (or its refusal) then sets what is shown.
  const [teamIds, setTeamIds] = useState(person.teamIds);
  useEffect(() => setTeamIds(person.teamIds), [person.teamIds]);

  const change = (changes: PersonChanges) =>
    run(async () => {
      await admin.changePerson(person.id, changes);
      onChanged();
    });
  const makeLink = () =>
    run(async () => {
      setMailed(undefined);
      setReset(await admin.passwordResetLink(person.id));
    });
  const mailLink = () =>
    run(async () => {
      setReset(undefined);
      const { email, expiresAt } = await admin.mailPasswordResetLink(person.id);
      setMailed({ to: email.to, expiresAt });
    });
  const changeTeams = async (next: string[]) => {
    setTeamIds(next);
    if (!(await change({ teamIds: next }))) setTeamIds(person.teamIds);
  };

  const teamNames = teams.filter((t) => teamIds.includes(t.id)).map((t) => t.name);
  return (
    <>
      <tr
        className={person.active ? undefined : 'person-inactive'}
        data-testid="person-row"
        data-person={person.email}
      >
        <td>
          <strong className="block">{person.name}</strong>
          <span className="muted block person-email">{person.email}</span>
        </td>
        <td>
          <select
            aria-label={`Role of ${person.name}`}
            value={person.role}
            disabled={busy || self}
            title={self ? 'Another admin can change your role' : undefined}
            onChange={(event) => void change({ role: event.target.value as Role })}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </td>
        <td>
          <details className="team-picker">
            <summary aria-label={`Teams of ${person.name}: ${teamNames.join(', ') || 'none'}`}>
              {teamNames.length > 0 ? teamNames.join(', ') : <span className="muted">No team</span>}
            </summary>
            {teams.length === 0 && <p className="hint">No teams yet: add one beside the list.</p>}
            <TeamCheckboxes
              teams={teams}
              checked={teamIds}
              onChange={(next) => void changeTeams(next)}
              legend={`Teams of ${person.name}`}
              legendHidden
              disabled={busy}
            />
          </details>
        </td>
        <td>
          {person.active ? (
            <button
              type="button"
              role="switch"
              aria-checked={person.available}
              aria-label={`${person.name} available for new cases`}
              className="switch"
              aria-disabled={busy}
              onClick={() => void change({ available: !person.available })}
            >
              <span className="switch-track" aria-hidden="true" />
              {person.available ? 'Available' : 'Away'}
            </button>
          ) : (
            <span className="badge person-deactivated">Deactivated</span>
          )}
        </td>
        <td>
          <div className="person-actions">
            {person.active && (
              <>
                <button
                  type="button"
                  className="button button-secondary"
                  aria-disabled={busy}
                  aria-label={`Mail link to ${person.name} to choose a password`}
                  onClick={() => void mailLink()}
                >
                  Mail link
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  aria-disabled={busy}
                  aria-label={`Show link for ${person.name} to choose a password`}
                  onClick={() => void makeLink()}
                >
                  Show link
                </button>
              </>
            )}
            {!self && (
              <button
                type="button"
                className="button button-quiet"
                aria-disabled={busy}
                onClick={() => void change({ active: !person.active })}
              >
                {person.active ? 'Deactivate' : 'Reactivate'}
              </button>
            )}
          </div>
        </td>
      </tr>
      {(error || reset || mailed) && (
        <tr className="person-notice">
          <td colSpan={5}>
            <ErrorMessage error={error} />
            {mailed && !error && (
              <p role="status" className="success-message">
                A link to choose a password is on its way to {mailed.to}. It works once, until{' '}
                {formatDateTime(mailed.expiresAt)}; their current password works until they use it. Outbox
                shows whether the mail went.
              </p>
            )}
            {reset && !error && (
              <PasswordLink
                label={`Password link for ${person.name}`}
                link={reset.link}
                expiresAt={reset.expiresAt}
                forName={person.name}
                hasPassword
              />
            )}
          </td>
        </tr>
      )}
    </>
  );
}
