import { type FormEvent, useState } from 'react';
import { amends } from '../api/amends.ts';
import { ErrorMessage } from '../components/error-message.tsx';
import { PageTitle } from '../components/page-title.tsx';
import { ROLE_LABELS } from '../format.ts';
import { useAction } from '../hooks/use-action.ts';
import { MIN_PASSWORD_LENGTH } from '../rules.ts';
import { useSession } from '../session.tsx';
import '../styles/account.css';

/** The signed-in person's own account: who they are, and changing their password. */
export function AccountScene() {
  const { user } = useSession();
  return (
    <section className="narrow account">
      <PageTitle title="Your account" />
      <dl className="account-facts">
        <dt>Name</dt>
        <dd>{user.name}</dd>
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd>{ROLE_LABELS[user.role]}</dd>
      </dl>
      <PasswordForm />
    </section>
  );
}

function PasswordForm() {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [done, setDone] = useState<string>();
  const { busy, error, run } = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    await run(async () => {
      // The one check the server cannot make: that the person typed what they meant twice.
      if (newPassword !== repeated) throw new Error('The two new passwords differ: type the same one twice.');
      const changed = await amends.changePassword(currentPassword, newPassword);
      setCurrentPassword('');
      setNewPassword('');
      setRepeated('');
      setDone(changed.message);
    });
  };

  return (
    <form className="card password-form" onSubmit={submit} aria-labelledby="password-heading">
      <h2 id="password-heading">Change your password</h2>
      <p className="hint">Your other browsers are signed out; this one stays signed in.</p>
      <div className="stack">
        <label htmlFor="current-password">Current password</label>
        <input
          id="current-password"
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
        />
      </div>
      <div className="stack">
        <label htmlFor="new-password">New password</label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          aria-describedby="new-password-hint"
          value={newPassword}
          onChange={(event) => setNewPassword(event.target.value)}
        />
        <p id="new-password-hint" className="hint">
          At least {MIN_PASSWORD_LENGTH} characters.
        </p>
      </div>
      <div className="stack">
        <label htmlFor="repeat-password">New password again</label>
        <input
          id="repeat-password"
          type="password"
          autoComplete="new-password"
          required
          value={repeated}
          onChange={(event) => setRepeated(event.target.value)}
        />
      </div>
      <ErrorMessage error={error} />
      {done && (
        <p role="status" className="success-message">
          {done}
        </p>
      )}
      <button type="submit" className="button-primary" aria-disabled={busy}>
        {busy ? 'Changing…' : 'Change password'}
      </button>
    </form>
  );
}
