import { type FormEvent, useRef, useState } from 'react';
import { admin } from '../api/admin.ts';
import { ErrorMessage } from '../components/error-message.tsx';
import { useAction } from '../hooks/use-action.ts';
import { Link } from '../router.tsx';
import { MIN_PASSWORD_LENGTH } from '../rules.ts';

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

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      if (password !== repeated) throw new Error('The two passwords differ. Type the same password twice.');
      await admin.setPasswordFromLink(token, password);
      setDone(true);
      requestAnimationFrame(() => signIn.current?.focus());
    });
  };

  return (
    <main className="login" id="main">
      <form className="login-card" onSubmit={submit} aria-labelledby="reset-title">
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
              <label htmlFor="reset-password">New password</label>
              <input
                id="reset-password"
                type="password"
                autoComplete="new-password"
                required
                minLength={MIN_PASSWORD_LENGTH}
                maxLength={1000}
                // biome-ignore lint/a11y/noAutofocus: choosing a password is the only thing on this screen.
                autoFocus
                value={password}
                onChange={(event) => setPassword(event.target.value)}
                aria-describedby="reset-password-hint"
              />
              <p id="reset-password-hint" className="hint">
                At least {MIN_PASSWORD_LENGTH} characters. A few unrelated words are easy to remember and hard
                to guess.
              </p>
              <label htmlFor="reset-repeat">The same password again</label>
              <input
                id="reset-repeat"
                type="password"
                autoComplete="new-password"
                required
                maxLength={1000}
                value={repeated}
                onChange={(event) => setRepeated(event.target.value)}
              />
              <ErrorMessage error={error} />
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
