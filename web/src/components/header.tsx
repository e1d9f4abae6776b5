import '../styles/header.css';
import { useEffect, useState } from 'react';
import { amends } from '../api/amends.ts';
import { useAction } from '../hooks/use-action.ts';
import { useLiveStatus } from '../live.tsx';
import { Link, matchPath, useLocation } from '../router.tsx';
import { canOpen } from '../screens.ts';
import { useSession } from '../session.tsx';
import { HeaderMoreMenu, type NavItem } from './header-more-menu.tsx';
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

  const offered = (items: NavItem[]) => items.filter((item) => canOpen(user.role, item.to));
  // What most people open every day stays in sight; the rest sits behind More.
  const primary = offered([
    { to: '/', label: 'Inbox', current: path === '/' },
    { to: '/cases/new', label: 'New case', current: matchPath('/cases/new', path) !== undefined },
    { to: '/tasks', label: 'Tasks', current: path === '/tasks' },
    { to: '/feedback', label: 'Feedback', current: path === '/feedback' },
    { to: '/customers', label: 'Customers', current: path.startsWith('/customers') },
    { to: '/amends', label: 'Approvals', current: path === '/amends' },
  ]);
  const more = offered([
    { to: '/outbox', label: 'Outbox', current: path === '/outbox' },
    { to: '/blasts', label: 'Blasts', current: path === '/blasts' },
    { to: '/surveys', label: 'Surveys', current: path === '/surveys' },
    { to: '/people', label: 'People', current: path === '/people' },
    { to: '/audit', label: 'Audit', current: path === '/audit' },
    {
      to: '/settings',
      label: 'Settings',
      current: path.startsWith('/settings') && path !== '/settings/brand',
    },
    { to: '/settings/brand', label: 'Brand', current: path === '/settings/brand' },
    { to: '/tokens', label: 'API tokens', current: path === '/tokens' },
  ]);
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
          {primary.map((item) => (
            <Link key={item.to} to={item.to} aria-current={item.current ? 'page' : undefined}>
              {item.label}
            </Link>
          ))}
          <HeaderMoreMenu items={more} />
        </nav>
      </div>
      <span className={`live-status live-${live}`} data-testid="live-status" data-live={live}>
        <span className="live-dot" aria-hidden="true" />
        {LIVE_LABELS[live]}
      </span>
      <div className="me">
        <span className="me-name" data-testid="signed-in-as">
          <Link
            to="/account"
            aria-current={path === '/account' ? 'page' : undefined}
            title={`${user.name}: your account`}
          >
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
