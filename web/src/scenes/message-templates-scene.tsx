import { type FormEvent, useState } from 'react';
import { admin } from '../api/admin.ts';
import type { MessageTemplate, TemplateKind, TemplateVariable } from '../api/types.ts';
import { ErrorMessage } from '../components/error-message.tsx';
import { PageHead } from '../components/page-title.tsx';
import { TemplateEditor } from '../components/template-editor.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { Link } from '../router.tsx';
import { TEMPLATE_KIND_LABELS, TEMPLATE_KINDS } from '../rules.ts';
import '../styles/templates.css';

const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/;

/**
 * Message templates (admins): what owners start from when they write to a customer, per kind and
 * language. English always exists; another language starts as a copy of the English text and becomes
 * the business's own when saved. The editor checks variables as you type and previews an example case.
 */
export function MessageTemplatesScene() {
  const loaded = useResource(() => admin.messageTemplates(), []);
  return (
    <section className="templates">
      <p className="kicker">
        <Link to="/settings">Settings</Link> / Message templates
      </p>
      <PageHead title="Message templates" />
      <p className="muted lead">
        What owners start from when they write to a customer. Each customer gets the template in their{' '}
        <code>language</code> attribute when there is one, English otherwise. Variables in{' '}
        <code>{'{{…}}'}</code> are filled from the case.
      </p>
      <ErrorMessage error={loaded.error} />
      {!loaded.data && !loaded.error && <p className="muted">Loading the templates…</p>}
      {loaded.data && <Templates initial={loaded.data.templates} variables={loaded.data.variables} />}
    </section>
  );
}

function Templates({ initial, variables }: { initial: MessageTemplate[]; variables: TemplateVariable[] }) {
  const [templates, setTemplates] = useState(initial);
  const [language, setLanguage] = useState('en');
  const [kind, setKind] = useState<TemplateKind>('acknowledgement');
  const [added, setAdded] = useState<string[]>([]);
  const [newLanguage, setNewLanguage] = useState('');
  const [languageError, setLanguageError] = useState<string>();
  const languages = [...new Set([...templates.map((t) => t.language), ...added])];
  const english = (k: TemplateKind) => templates.find((t) => t.language === 'en' && t.kind === k);
  const inForce = (k: TemplateKind): MessageTemplate | undefined =>
    templates.find((t) => t.language === language && t.kind === k) ??
    (english(k) && { ...(english(k) as MessageTemplate), language, customized: false });
  const current = inForce(kind);

  const keep = (saved: MessageTemplate) =>
    setTemplates((all) => [
      ...all.filter((t) => !(t.language === saved.language && t.kind === saved.kind)),
      saved,
    ]);

  const addLanguage = (event: FormEvent) => {
    event.preventDefault();
    const code = newLanguage.trim().toLowerCase().replace('_', '-');
    if (!LANGUAGE_CODE.test(code)) {
      setLanguageError('Write a language code like fr, de or pt-br.');
      return;
    }
    setLanguageError(undefined);
    if (!languages.includes(code)) setAdded((list) => [...list, code]);
    setLanguage(code);
    setNewLanguage('');
  };

  return (
    <div className="templates-layout">
      <nav className="card templates-nav" aria-label="Templates">
        <label htmlFor="template-language">Language</label>
        <select id="template-language" value={language} onChange={(event) => setLanguage(event.target.value)}>
          {languages.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
        <ul className="templates-kinds">
          {TEMPLATE_KINDS.map((k) => {
            const template = inForce(k);
            return (
              <li key={k}>
                <button
                  type="button"
                  className="templates-kind"
                  aria-current={k === kind ? 'true' : undefined}
                  onClick={() => setKind(k)}
                >
                  <span>{TEMPLATE_KIND_LABELS[k]}</span>
                  <span className="muted templates-origin">
                    {template?.customized ? 'Your own' : language === 'en' ? 'Default' : 'English for now'}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
        <form className="templates-add" onSubmit={addLanguage} noValidate>
          <label htmlFor="template-new-language">Add a language</label>
          <div className="row">
            <input
              id="template-new-language"
              value={newLanguage}
              placeholder="fr"
              maxLength={12}
              onChange={(event) => setNewLanguage(event.target.value)}
              aria-invalid={languageError ? true : undefined}
              aria-describedby={languageError ? 'template-new-language-error' : undefined}
            />
            <button type="submit">Add</button>
          </div>
          {languageError && (
            <p id="template-new-language-error" className="field-error" role="alert">
              {languageError}
            </p>
          )}
        </form>
      </nav>
      {current && (
        <TemplateEditor
          key={`${current.language}:${current.kind}`}
          template={current}
          variables={variables}
          onSaved={keep}
        />
      )}
    </div>
  );
}
