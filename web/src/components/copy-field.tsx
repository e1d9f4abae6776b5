import { useId, useRef, useState } from 'react';

/** A read-only text to paste elsewhere, with a Copy button that says whether it worked. */
export function CopyField({ label, value, rows }: { label: string; value: string; rows: number }) {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no'>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      // Without clipboard permission, leave it selected so Ctrl+C copies it.
      area.current?.select();
      setCopied('no');
    }
  };
  return (
    <div className="stack">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} ref={area} readOnly rows={rows} value={value} onFocus={(e) => e.target.select()} />
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={copy}>
          Copy {label.toLowerCase()}
        </button>
        {copied && (
          <p role="status" className={copied === 'yes' ? 'success-message' : 'muted'}>
            {copied === 'yes' ? 'Copied.' : 'Selected: press Ctrl+C (⌘C) to copy.'}
          </p>
        )}
      </div>
    </div>
  );
}
