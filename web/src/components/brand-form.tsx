import { type FormEvent, useState } from 'react';
import { amends } from '../api/amends.ts';
import type { Brand } from '../api/types.ts';
import { useAction } from '../hooks/use-action.ts';
import {
  brandProblem,
  buttonContrast,
  MAX_BUSINESS_NAME,
  MAX_LOGO_URL,
  MIN_BUTTON_CONTRAST,
} from '../rules.ts';
import '../styles/brand.css';
import { ErrorMessage } from './error-message.tsx';
import { TextField } from './text-field.tsx';

const HEX = /^#[0-9a-f]{6}$/i;

/**
 * The business's name, logo and accent colour, with a preview of a customer page that follows every
 * keystroke. The console checks with the server's own rule (core/brand) and says why before saving;
 * the server still decides, and a refused save changes nothing.
 */
export function BrandForm({ brand }: { brand: Brand }) {
  const [draft, setDraft] = useState(brand);
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useAction();
  const field = <K extends keyof Brand>(key: K, value: Brand[K]) => {
    setSaved(false);
    setDraft((current) => ({ ...current, [key]: value }));
  };
  const problem = brandProblem({ ...draft, logoUrl: draft.logoUrl ?? undefined });
  const contrast = HEX.test(draft.accentColor) ? buttonContrast(draft.accentColor) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const kept = await amends.saveBrand(draft);
      setDraft(kept);
      setSaved(true);
    });
  };
  return (
    <div className="brand-editor">
      <form className="stack brand-form" onSubmit={submit} aria-label="Brand">
        <TextField
          id="brand-name"
          label="Business name"
          value={draft.businessName}
          onChange={(value) => field('businessName', value)}
          maxLength={MAX_BUSINESS_NAME}
        />
        <TextField
          id="brand-logo"
          label="Logo (https address of an image; leave empty for the name alone)"
          value={draft.logoUrl ?? ''}
          onChange={(value) => field('logoUrl', value.trim() === '' ? null : value.trim())}
          maxLength={MAX_LOGO_URL}
          required={false}
          placeholder="https://"
        />
        <div className="stack">
          <label htmlFor="brand-accent">Accent colour</label>
          <div className="brand-accent">
            <input
              type="color"
              aria-label="Pick the accent colour"
              value={HEX.test(draft.accentColor) ? draft.accentColor.toLowerCase() : '#000000'}
              onChange={(event) => field('accentColor', event.target.value)}
            />
            <input
              id="brand-accent"
              value={draft.accentColor}
              maxLength={7}
              onChange={(event) => field('accentColor', event.target.value.trim())}
            />
            {contrast !== undefined && (
              <span className="muted" data-testid="brand-contrast">
                White text on it: {contrast.toFixed(1)}:1 (AA needs {MIN_BUTTON_CONTRAST}:1)
              </span>
            )}
          </div>
        </div>
        {problem && (
          <p className="brand-hint" data-testid="brand-problem">
            {problem}
          </p>
        )}
        <ErrorMessage error={error} />
        <div className="row">
          <button type="submit" aria-disabled={busy}>
            {busy ? 'Saving…' : 'Save brand'}
          </button>
          {saved && (
            <span className="muted" role="status">
              Saved.
            </span>
          )}
        </div>
      </form>
      <BrandPreview brand={draft} />
    </div>
  );
}

/** A customer page as the brand would frame it (the same parts as src/pages/layout.ts). */
function BrandPreview({ brand }: { brand: Brand }) {
  const accent = HEX.test(brand.accentColor) ? brand.accentColor : undefined;
  return (
    <figure className="brand-preview" data-testid="brand-preview">
      <figcaption className="muted">What customers see</figcaption>
      <div className="brand-preview-page">
        <div className="brand-preview-mark" style={{ color: accent }}>
          {brand.logoUrl?.startsWith('https://') ? (
            <img src={brand.logoUrl} alt={brand.businessName} />
          ) : (
            <span>{brand.businessName}</span>
          )}
        </div>
        <div className="brand-preview-card">
          <p className="brand-preview-question">How was your delivery?</p>
          <span className="brand-preview-button" style={{ background: accent }}>
            Record my answer
          </span>
        </div>
      </div>
    </figure>
  );
}
