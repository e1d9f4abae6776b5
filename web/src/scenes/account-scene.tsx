import { type FormEvent, useRef, useState } from 'react';
import { amends } from '../api/amends.ts';
import { messageFor, unplacedError } from '../api/field-errors.ts';
import { ErrorMessage } from '../components/error-message.tsx';
import {
  NewPasswordFields,
  REPEATED_PASSWORD_FIELD,
  repeatedPasswordProblem,
} from '../components/new-password-fields.tsx';
import { PageTitle } from '../components/page-title.tsx';
import { PasswordField } from '../components/password-field.tsx';
import { ROLE_LABELS } from '../format.ts';
import { useAction } from '../hooks/use-action.ts';
import { useFocusOnError } from '../hooks/use-focus-on-error.ts';
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

/** The fields whose refusals show beside them; anything else shows at the foot of the form. */
const PASSWORD_FIELDS = ['currentPassword', 'newPassword', REPEATED_PASSWORD_FIELD];

function PasswordForm() {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [done, setDone] = useState<string>();
  const { busy, error, run } = useAction();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    await run(async () => {
      // The one check the server cannot make: that the person typed what they meant twice.
      const differ = repeatedPasswordProblem(newPassword, repeated);
      if (differ) throw differ;
      const changed = await amends.changePassword(currentPassword, newPassword);
      setCurrentPassword('');
      setNewPassword('');
      setRepeated('');
      setDone(changed.message);
    });
  };

  return (
    <form
      className="card password-form"
      onSubmit={submit}
      aria-labelledby="password-heading"
      ref={form}
      noValidate
    >
      <h2 id="password-heading">Change your password</h2>
      <p className="hint">Your other browsers are signed out; this one stays signed in.</p>
      <PasswordField
        id="current-password"
        label="Current password"
        value={currentPassword}
        onChange={setCurrentPassword}
        autoComplete="current-password"
        error={messageFor(error, 'currentPassword')}
      />
      <NewPasswordFields
        idPrefix="new"
        password={newPassword}
        repeated={repeated}
        onPassword={setNewPassword}
        onRepeated={setRepeated}
        passwordError={messageFor(error, 'newPassword')}
        repeatedError={messageFor(error, REPEATED_PASSWORD_FIELD)}
      />
      <ErrorMessage error={unplacedError(error, PASSWORD_FIELDS)} />
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
