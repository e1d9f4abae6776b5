import { type ReactNode, useEffect, useRef } from 'react';

/**
 * The screen's <h1>. It names the browser tab and takes focus when the screen opens, so keyboard
 * and screen reader users start at the top of the new screen after a client-side navigation.
 */
export function PageTitle({ title, children }: { title: string; children?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Amends`;
  }, [title]);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children ?? title}
    </h1>
  );
}

/** The top of a list screen: its title, and beside it the screen's own buttons or links (`children`). */
export function PageHead({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="page-head">
      <PageTitle title={title} />
      {children}
    </div>
  );
}
