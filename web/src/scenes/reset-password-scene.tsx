import { type FormEvent, useRef, useState } from 'react';
import { admin } from '../api/admin.ts';
import { messageFor, unplacedError } from '../api/field-errors.ts';
import { ErrorMessage } from '../components/error-message.tsx';
import {
  NewPasswordFields,
  REPEATED_PASSWORD_FIELD,
  repeatedPasswordProblem,
} from '../components/new-password-fields.tsx';
import { useAction } from '../hooks/use-action.ts';
import { useFocusOnError } from '../hooks/use-focus-on-error.ts';
import { Link } from '../router.tsx';

/** The link's secret, read once from the fragment, which is then dropped from the address and history. */
function takeTokenFromAddress(): string {
  const token = window.location.hash.slice(1);
  if (token) window.history.replaceState(null, '', window.location.pathname);
  return token;
}

/** Where a password-reset link lands: the person chooses a password, then signs in with it. */
export function ResetPasswordScene() {
  const [token] = useState(takeTokenFromAddress);
  const [password, setPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [done, setDone] = useState(false);
  const signIn = useRef<HTMLAnchorElement>(null);
  const { busy, error, run } = useAction();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      const differ = repeatedPasswordProblem(password, repeated);
      if (differ) throw differ;
      await admin.setPasswordFromLink(token, password);
      setDone(true);
      requestAnimationFrame(() => signIn.current?.focus());
    });
  };

  return (
    <main className="login" id="main">
      <form className="login-card" onSubmit={submit} aria-labelledby="reset-title" ref={form} noValidate>
        <p className="brand brand-large">Amends</p>
        <h1 id="reset-title">Choose a password</h1>
        {!token && (
          <ErrorMessage error="This address has no link in it. Open the whole link you were sent, or ask for a new one." />
        )}
        {done ? (
          <>
            <p role="status" className="success-message">
              Your password is set. Sign in with it now.
            </p>
            {/* A full load: the console asks the server afresh who, if anyone, is signed in. */}
            <a ref={signIn} href="/" className="button button-primary">
              Sign in
            </a>
          </>
        ) : (
          token && (
            <>
              <NewPasswordFields
                idPrefix="reset"
                password={password}
                repeated={repeated}
                onPassword={setPassword}
                onRepeated={setRepeated}
                passwordError={messageFor(error, 'password')}
                repeatedError={messageFor(error, REPEATED_PASSWORD_FIELD)}
                autoFocus
              />
              <ErrorMessage error={unplacedError(error, ['password', REPEATED_PASSWORD_FIELD])} />
              <button type="submit" className="button-primary" aria-disabled={busy}>
                {busy ? 'Saving…' : 'Set password'}
              </button>
            </>
          )
        )}
        {!done && (
          <Link to="/forgot-password" className="login-aside">
            Ask for a new link
          </Link>
        )}
      </form>
    </main>
  );
}
