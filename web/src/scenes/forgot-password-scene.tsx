import { type FormEvent, useRef, useState } from 'react';
import { admin } from '../api/admin.ts';
import { messageFor, unplacedError } from '../api/field-errors.ts';
import { ErrorMessage } from '../components/error-message.tsx';
import { FieldError, fieldAria } from '../components/field-error.tsx';
import { useAction } from '../hooks/use-action.ts';
import { useFocusOnError } from '../hooks/use-focus-on-error.ts';
import { Link } from '../router.tsx';

/**
 * "Forgot your password?": asks for a link by mail. The server's answer is the same whether or not
 * the address has an account, so this screen shows that sentence and never more.
 */
export function ForgotPasswordScene() {
  const [email, setEmail] = useState('');
  const [answer, setAnswer] = useState<string>();
  const { busy, error, run } = useAction();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => setAnswer(await admin.forgotPassword(email)));
  };

  const emailError = messageFor(error, 'email');
  return (
    <main className="login" id="main">
      <form className="login-card" onSubmit={submit} aria-labelledby="forgot-title" ref={form} noValidate>
        <p className="brand brand-large">Amends</p>
        <h1 id="forgot-title">Forgot your password?</h1>
        {answer ? (
          <p role="status" className="success-message">
            {answer}
          </p>
        ) : (
          <>
            <p className="muted">We mail you a link with which you choose a new one.</p>
            <label htmlFor="forgot-email">Email</label>
            <input
              id="forgot-email"
              type="email"
              autoComplete="username"
              required
              maxLength={320}
              // biome-ignore lint/a11y/noAutofocus: the address is the only thing asked on this screen.
              autoFocus
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              {...fieldAria('forgot-email', emailError)}
            />
            <FieldError inputId="forgot-email" message={emailError} />
            <ErrorMessage error={unplacedError(error, ['email'])} />
            <button type="submit" className="button-primary" aria-disabled={busy}>
              {busy ? 'Sending…' : 'Mail me a link'}
            </button>
          </>
        )}
        <Link to="/" className="login-aside">
          Back to sign in
        </Link>
      </form>
    </main>
  );
}
