import { type FormEvent, useRef, useState } from 'react';
import { admin } from '../api/admin.ts';
import { messageFor, unplacedError } from '../api/field-errors.ts';
import type { ApiToken } from '../api/types.ts';
import { ErrorMessage } from '../components/error-message.tsx';
import { PageHead } from '../components/page-title.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';
import { ShownOnce } from '../components/shown-once.tsx';
import { TextField } from '../components/text-field.tsx';
import { formatDateTime } from '../format.ts';
import { useAction } from '../hooks/use-action.ts';
import { useFocusOnError } from '../hooks/use-focus-on-error.ts';
import { useResource } from '../hooks/use-resource.ts';
import '../styles/tokens.css';

/** Your API tokens: each acts as you, its secret shown once at creation; revoking one is immediate. */
export function TokensScene() {
  const tokens = useResource(() => admin.apiTokens(), []);
  return (
    <section className="tokens">
      <PageHead title="API tokens" />
      <p className="lead">
        A token lets another system (a shop, a help desk, a CRM) use the Amends API as you, with your role.
        Give each system its own, so you can revoke one without stopping the others.
      </p>
      <CreateTokenForm onCreated={tokens.reload} />
      <ErrorMessage error={tokens.error} />
      {!tokens.data && !tokens.error && <p className="muted">Loading tokens…</p>}
      {tokens.data?.length === 0 && <p className="empty">You have no API tokens.</p>}
      {tokens.data && tokens.data.length > 0 && (
        <ScrollTable label="Your API tokens">
          <table className="data-table tokens-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Starts with</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.map((token) => (
                <TokenRow key={token.id} token={token} onRevoked={tokens.reload} />
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}

function CreateTokenForm({ onCreated }: { onCreated: () => void }) {
  const [name, setName] = useState('');
  const [created, setCreated] = useState<{ name: string; secret: string }>();
  const { busy, error, run } = useAction();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(undefined);
    await run(async () => {
      const { apiToken, secret } = await admin.createApiToken(name);
      setCreated({ name: apiToken.name, secret });
      setName('');
      onCreated();
    });
  };
  return (
    <section className="card tokens-create" aria-labelledby="new-token-title">
      <h2 id="new-token-title">New token</h2>
      <form onSubmit={submit} className="tokens-form" aria-label="New token" ref={form} noValidate>
        <TextField
          id="token-name"
          label="What will use it"
          value={name}
          onChange={setName}
          maxLength={100}
          placeholder="e.g. Shop checkout"
          error={messageFor(error, 'name')}
        />
        <button type="submit" className="button-primary" aria-disabled={busy}>
          {busy ? 'Creating…' : 'Create token'}
        </button>
      </form>
      <ErrorMessage error={unplacedError(error, ['name'])} />
      {created && (
        <ShownOnce
          label={`Token for ${created.name}`}
          value={created.secret}
          note="Copy it into that system now: Amends keeps only a fingerprint of it and cannot show it again."
        />
      )}
    </section>
  );
}

/** A token's row; revoking asks once more, because the system using it stops working at once. */
function TokenRow({ token, onRevoked }: { token: ApiToken; onRevoked: () => void }) {
  const [asking, setAsking] = useState(false);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const { busy, error, run } = useAction();
  const revoke = () =>
    run(async () => {
      await admin.revokeApiToken(token.id);
      setAsking(false);
      onRevoked();
    });
  const cancel = () => {
    setAsking(false);
    requestAnimationFrame(() => revokeButton.current?.focus());
  };
  return (
    <tr data-testid="token-row">
      <td>{token.name}</td>
      <td>
        <code>{token.prefix}…</code>
      </td>
      <td>{formatDateTime(token.createdAt)}</td>
      <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : <span className="muted">Never</span>}</td>
      <td>
        {token.revokedAt ? (
          <span className="badge token-revoked">Revoked {formatDateTime(token.revokedAt)}</span>
        ) : asking ? (
          <fieldset className="token-confirm">
            <legend className="visually-hidden">Revoke {token.name}?</legend>
            <span>Systems using it stop working at once.</span>
            <button
              type="button"
              className="button button-danger"
              aria-disabled={busy}
              onClick={() => void revoke()}
            >
              Revoke {token.name}
            </button>
            <button type="button" className="button button-quiet" onClick={cancel}>
              Keep it
            </button>
          </fieldset>
        ) : (
          <button
            type="button"
            ref={revokeButton}
            className="button button-secondary"
            onClick={() => setAsking(true)}
          >
            Revoke
          </button>
        )}
        <ErrorMessage error={error} />
      </td>
    </tr>
  );
}
