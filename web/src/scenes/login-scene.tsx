import { type FormEvent, useRef, useState } from 'react';
import { amends } from '../api/amends.ts';
import { messageFor, unplacedError } from '../api/field-errors.ts';
import type { User } from '../api/types.ts';
import { ErrorMessage } from '../components/error-message.tsx';
import { FieldError, fieldAria } from '../components/field-error.tsx';
import { useAction } from '../hooks/use-action.ts';
import { useFocusOnError } from '../hooks/use-focus-on-error.ts';
import { Link } from '../router.tsx';

/** Sign in with email and password; the session lives in an httpOnly cookie. */
export function LoginScene({ onSignedIn }: { onSignedIn: (user: User) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useAction();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => onSignedIn(await amends.logIn(email, password)));
  };

  const emailError = messageFor(error, 'email');
  const passwordError = messageFor(error, 'password');
  return (
    <main className="login" id="main">
      <form className="login-card" onSubmit={submit} aria-labelledby="login-title" ref={form} noValidate>
        <p className="brand brand-large">Amends</p>
        <h1 id="login-title">Sign in</h1>
        <p className="muted">Service recovery: one owner, one story, every time.</p>
        <label htmlFor="login-email">Email</label>
        <input
          id="login-email"
          type="email"
          autoComplete="username"
          required
          // biome-ignore lint/a11y/noAutofocus: the sign-in form is the only thing on this screen.
          autoFocus
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          {...fieldAria('login-email', emailError)}
        />
        <FieldError inputId="login-email" message={emailError} />
        <label htmlFor="login-password">Password</label>
        <input
          id="login-password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          {...fieldAria('login-password', passwordError)}
        />
        <FieldError inputId="login-password" message={passwordError} />
        <ErrorMessage error={unplacedError(error, ['email', 'password'])} />
        <button type="submit" className="button-primary" aria-disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        <Link to="/forgot-password" className="login-aside">
          Forgot your password?
        </Link>
      </form>
    </main>
  );
}
