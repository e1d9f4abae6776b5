import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from '../router.tsx';

export type NavItem = { to: string; label: string; current: boolean };

/**
 * The screens opened less often, behind one "More" button so the header stays one row at a laptop's
 * width. At phone width (header.css) the button is hidden and the links lie flat in the open menu.
 * Closes on a new screen, Escape (focus back on the button), a click elsewhere or focus moving on.
 */
export function HeaderMoreMenu({ items }: { items: readonly NavItem[] }) {
  const { path } = useLocation();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => setOpen(false), [path]);
  useEffect(() => {
    if (!open) return;
    const away = (event: Event) => {
      if (!box.current?.contains(event.target as Node)) setOpen(false);
    };
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    // Tabbing past the last link closes the list, as a click elsewhere does.
    document.addEventListener('pointerdown', away);
    document.addEventListener('focusin', away);
    document.addEventListener('keydown', onEscape);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('focusin', away);
      document.removeEventListener('keydown', onEscape);
    };
  }, [open]);
  if (items.length === 0) return null;
  const current = items.some((item) => item.current);
  return (
    <div className="nav-more" ref={box}>
      <button
        ref={button}
        type="button"
        className="nav-more-button"
        aria-expanded={open}
        aria-controls="nav-more-list"
        data-current={current}
        onClick={() => setOpen((was) => !was)}
      >
        More
        <span className="nav-more-caret" aria-hidden="true" />
      </button>
      <ul id="nav-more-list" className="nav-more-list" data-open={open}>
        {items.map((item) => (
          <li key={item.to}>
            <Link to={item.to} aria-current={item.current ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
