import { type FormEvent, useRef, useState } from 'react';
import { admin } from '../api/admin.ts';
import { messageFor, unplacedError } from '../api/field-errors.ts';
import type { Role, Team, User } from '../api/types.ts';
import { ROLE_LABELS } from '../format.ts';
import { useAction } from '../hooks/use-action.ts';
import { useFocusOnError } from '../hooks/use-focus-on-error.ts';
import { ROLES } from '../rules.ts';
import { ErrorMessage } from './error-message.tsx';
import { FieldError, fieldAria } from './field-error.tsx';
import { PasswordLink } from './password-link.tsx';
import { TeamCheckboxes } from './team-checkboxes.tsx';
import { TextField } from './text-field.tsx';

/**
 * Adds a person without a password: the admin gets a link, shown once, with which the new person
 * chooses their own (nobody else ever knows it).
 */
export function AddPersonForm({ teams, onAdded }: { teams: Team[]; onAdded: () => void }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('agent');
  const [teamIds, setTeamIds] = useState<string[]>([]);
  const [added, setAdded] = useState<{ user: User; link: string; expiresAt: string }>();
  const { busy, error, run } = useAction();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(undefined);
    await run(async () => {
      const user = await admin.addPerson({ name, email, role, teamIds });
      const { link, expiresAt } = await admin.passwordResetLink(user.id);
      setAdded({ user, link, expiresAt });
      setName('');
      setEmail('');
      setTeamIds([]);
      onAdded();
    });
  };

  return (
    <section className="card" aria-labelledby="add-person-title">
      <h2 id="add-person-title">Add a person</h2>
      <form onSubmit={submit} className="stack" aria-label="Add a person" ref={form} noValidate>
        <TextField
          id="person-name"
          label="Name"
          value={name}
          onChange={setName}
          maxLength={200}
          error={messageFor(error, 'name')}
        />
        <div className="stack">
          <label htmlFor="person-email">Email</label>
          <input
            id="person-email"
            type="email"
            required
            maxLength={320}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            {...fieldAria('person-email', messageFor(error, 'email'))}
          />
          <FieldError inputId="person-email" message={messageFor(error, 'email')} />
        </div>
        <div className="stack">
          <label htmlFor="person-role">Role</label>
          <select id="person-role" value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
        {teams.length > 0 && (
          <TeamCheckboxes
            className="plain-fieldset"
            teams={teams}
            checked={teamIds}
            onChange={setTeamIds}
            legend="Teams"
          />
        )}
        <ErrorMessage error={unplacedError(error, ['name', 'email'])} />
        <button type="submit" className="button-primary" aria-disabled={busy}>
          {busy ? 'Adding…' : 'Add person'}
        </button>
      </form>
      {added && (
        <PasswordLink
          label={`${added.user.name} is added. Their link to choose a password:`}
          link={added.link}
          expiresAt={added.expiresAt}
          forName={added.user.name}
          hasPassword={false}
        />
      )}
    </section>
  );
}
