import { useEffect, useId, useRef, useState } from 'react';
import '../styles/shown-once.css';

/**
 * A secret the server shows only once (an API token, a password-reset link): selectable, copyable,
 * and focused when it appears so keyboard and screen reader users land on it.
 */
export function ShownOnce({ label, value, note }: { label: string; value: string; note: string }) {
  const box = useRef<HTMLElement>(null);
  const labelId = useId();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    box.current?.focus();
  }, []);
  const copy = async () => {
    await navigator.clipboard?.writeText(value).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <section className="shown-once" ref={box} tabIndex={-1} aria-labelledby={labelId}>
      <p className="shown-once-label" id={labelId}>
        {label}
      </p>
      <code className="shown-once-value" data-testid="shown-once">
        {value}
      </code>
      <p className="hint">{note}</p>
      <button type="button" className="button button-secondary" onClick={() => void copy()}>
        {copied ? 'Copied' : 'Copy'}
      </button>
    </section>
  );
}
