import type { ReactNode } from 'react';
import '../styles/scroll-table.css';

/**
 * A wide table that scrolls sideways inside itself on a narrow screen instead of widening the page.
 * Focusable and labelled, so keyboard users can scroll it too.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
