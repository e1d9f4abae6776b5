import '../styles/header.css';
import { useEffect, useState } from 'react';
import { amends } from '../api/amends.ts';
import { useAction } from '../hooks/use-action.ts';
import { useLiveStatus } from '../live.tsx';
import { Link, matchPath, useLocation } from '../router.tsx';
import { hasRole } from '../rules.ts';
import { useSession } from '../session.tsx';
import '../styles/header-links.css';

const LIVE_LABELS = { connecting: 'Connecting…', live: 'Live', reconnecting: 'Reconnecting…' } as const;

export function Header() {
  const { user, setUser, signOut } = useSession();
  const { path } = useLocation();
  const live = useLiveStatus();
  const { busy, error, run } = useAction();
  // Phone width: the links and the person's controls fold behind one button (header.css).
  const [menuOpen, setMenuOpen] = useState(false);
  // A new screen (path) closes the menu.
  useEffect(() => setMenuOpen(false), [path]);

  const toggleAvailable = () => run(async () => setUser(await amends.setAvailable(user.id, !user.available)));

  const inboxCurrent = path === '/';
  const newCaseCurrent = matchPath('/cases/new', path) !== undefined;
  const feedbackCurrent = path === '/feedback';
  const supervisor = hasRole(user.role, 'supervisor');
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Link to="/" className="brand">
        Amends
      </Link>
      <button
        type="button"
        className="menu-button button-quiet"
        aria-expanded={menuOpen}
        aria-controls="site-menu"
        onClick={() => setMenuOpen((open) => !open)}
      >
        Menu
      </button>
      <div id="site-menu" className="site-menu" data-open={menuOpen}>
        <nav aria-label="Main">
          <Link to="/" aria-current={inboxCurrent ? 'page' : undefined}>
            Inbox
          </Link>
          <Link to="/cases/new" aria-current={newCaseCurrent ? 'page' : undefined}>
            New case
          </Link>
          <Link to="/tasks" aria-current={path === '/tasks' ? 'page' : undefined}>
            Tasks
          </Link>
          <Link to="/feedback" aria-current={feedbackCurrent ? 'page' : undefined}>
            Feedback
          </Link>
          {supervisor && (
            <Link to="/blasts" aria-current={path === '/blasts' ? 'page' : undefined}>
              Blasts
            </Link>
          )}
          {supervisor && (
            <Link to="/amends" aria-current={path === '/amends' ? 'page' : undefined}>
              Approvals
            </Link>
          )}
          {supervisor && (
            <Link to="/outbox" aria-current={path === '/outbox' ? 'page' : undefined}>
              Outbox
            </Link>
          )}
          <Link to="/customers" aria-current={path.startsWith('/customers') ? 'page' : undefined}>
            Customers
          </Link>
          {hasRole(user.role, 'admin') && (
            <Link to="/surveys" aria-current={path === '/surveys' ? 'page' : undefined}>
              Surveys
            </Link>
          )}
          {hasRole(user.role, 'admin') && (
            <Link to="/people" aria-current={path === '/people' ? 'page' : undefined}>
              People
            </Link>
          )}
          {hasRole(user.role, 'admin') && (
            <Link to="/audit" aria-current={path === '/audit' ? 'page' : undefined}>
              Audit
            </Link>
          )}
          {hasRole(user.role, 'admin') && (
            <Link to="/settings" aria-current={path === '/settings' ? 'page' : undefined}>
              Settings
            </Link>
          )}
          {hasRole(user.role, 'admin') && (
            <Link to="/settings/brand" aria-current={path === '/settings/brand' ? 'page' : undefined}>
              Brand
            </Link>
          )}
        </nav>
      </div>
      <span className={`live-status live-${live}`} data-testid="live-status" data-live={live}>
        <span className="live-dot" aria-hidden="true" />
        {LIVE_LABELS[live]}
      </span>
      <div className="me">
        <span className="me-name" data-testid="signed-in-as">
          <Link to="/account" aria-current={path === '/account' ? 'page' : undefined} title="Your account">
            {user.name}
          </Link>
        </span>
        <button
          type="button"
          role="switch"
          aria-checked={user.available}
          className="switch"
          aria-disabled={busy}
          onClick={toggleAvailable}
          title="Whether the assignment rule may give you new cases"
        >
          <span className="switch-track" aria-hidden="true" />
          Available
        </button>
        <Link to="/tokens" className="button-quiet" aria-current={path === '/tokens' ? 'page' : undefined}>
          API tokens
        </Link>
        <button type="button" className="button-quiet" onClick={() => void signOut()}>
          Sign out
        </button>
        {error && (
          <p role="alert" className="header-error">
            {error.message}
          </p>
        )}
      </div>
    </header>
  );
}
