import { type FormEvent, useRef, useState } from 'react';
import { admin } from '../api/admin.ts';
import { messageFor, unplacedError } from '../api/field-errors.ts';
import type { MessageTemplate, TemplateVariable } from '../api/types.ts';
import { useAction } from '../hooks/use-action.ts';
import { useFocusOnError } from '../hooks/use-focus-on-error.ts';
import {
  caseMessageSubject,
  EXAMPLE_VALUES,
  fillTemplate,
  MAX_TEMPLATE_SUBJECT,
  TEMPLATE_KIND_LABELS,
  templateProblems,
} from '../rules.ts';
import { ErrorMessage } from './error-message.tsx';
import { FieldError, fieldAria } from './field-error.tsx';

/**
 * One template: subject and text, checked as you type with the server's own rule (an unknown
 * variable is named beside its field), the variables to insert, and a preview filled with an example
 * case. Save keeps it as the business's own; Reset goes back to the default (or to English).
 */
export function TemplateEditor({
  template,
  variables,
  onSaved,
}: {
  template: MessageTemplate;
  variables: TemplateVariable[];
  onSaved: (saved: MessageTemplate) => void;
}) {
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const [customized, setCustomized] = useState(template.customized);
  const [said, setSaid] = useState<string>();
  const { busy, error, run } = useAction();
  const form = useRef<HTMLFormElement>(null);
  const bodyBox = useRef<HTMLTextAreaElement>(null);
  useFocusOnError(form, error);

  const problems = templateProblems({ subject, body });
  const problemOf = (field: 'subject' | 'body') =>
    problems.find((p) => p.field === field)?.message ?? messageFor(error, field);
  const edit = (set: (value: string) => void) => (value: string) => {
    set(value);
    setSaid(undefined);
  };

  const insert = (name: string) => {
    const box = bodyBox.current;
    const token = `{{${name}}}`;
    const at = box?.selectionStart ?? body.length;
    const end = box?.selectionEnd ?? at;
    setBody(body.slice(0, at) + token + body.slice(end));
    setSaid(undefined);
    requestAnimationFrame(() => {
      box?.focus();
      box?.setSelectionRange(at + token.length, at + token.length);
    });
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      const saved = await admin.saveMessageTemplate(template.kind, template.language, { subject, body });
      setSubject(saved.subject);
      setBody(saved.body);
      setCustomized(true);
      setSaid('Saved. Owners start from this text from now on.');
      onSaved(saved);
    });
  };

  const reset = async () => {
    const back = template.language === 'en' ? 'the default' : 'the English template';
    if (!window.confirm(`Forget this version and go back to ${back}?`)) return;
    await run(async () => {
      const now = await admin.resetMessageTemplate(template.kind, template.language);
      setSubject(now.subject);
      setBody(now.body);
      setCustomized(false);
      setSaid(`Back to ${back}.`);
      onSaved(now);
    });
  };

  const subjectError = problemOf('subject');
  const bodyError = problemOf('body');
  return (
    <div className="template-editor">
      <form className="card stack" onSubmit={save} ref={form} noValidate aria-label="Template">
        <h2>
          {TEMPLATE_KIND_LABELS[template.kind]} · {template.language}
        </h2>
        <div className="stack">
          <label htmlFor="template-subject">Subject</label>
          <input
            id="template-subject"
            value={subject}
            maxLength={MAX_TEMPLATE_SUBJECT * 2}
            onChange={(event) => edit(setSubject)(event.target.value)}
            {...fieldAria('template-subject', subjectError, 'template-subject-hint')}
          />
          <FieldError inputId="template-subject" message={subjectError} />
          <p id="template-subject-hint" className="hint">
            The case number is added, e.g. “… [#1042]”.
          </p>
        </div>
        <div className="stack">
          <label htmlFor="template-body">Text</label>
          <textarea
            id="template-body"
            ref={bodyBox}
            rows={14}
            value={body}
            onChange={(event) => edit(setBody)(event.target.value)}
            {...fieldAria('template-body', bodyError)}
          />
          <FieldError inputId="template-body" message={bodyError} />
        </div>
        <fieldset className="template-variables">
          <legend>Insert a variable</legend>
          <ul>
            {variables.map((variable) => (
              <li key={variable.name}>
                <button type="button" className="button-link" onClick={() => insert(variable.name)}>
                  <code>{`{{${variable.name}}}`}</code>
                </button>{' '}
                <span className="muted">{variable.description}</span>
              </li>
            ))}
          </ul>
        </fieldset>
        <ErrorMessage error={unplacedError(error, ['subject', 'body'])} />
        <div className="button-row">
          <button type="submit" className="button-primary" aria-disabled={busy}>
            {busy ? 'Saving…' : 'Save template'}
          </button>
          {customized && (
            <button type="button" onClick={() => void reset()} aria-disabled={busy}>
              {template.language === 'en' ? 'Reset to default' : 'Back to English'}
            </button>
          )}
          {said && (
            <span className="muted" role="status">
              {said}
            </span>
          )}
        </div>
      </form>
      <figure
        className="template-preview"
        data-testid="template-preview"
        aria-label="Preview with an example case"
      >
        <figcaption className="muted">Preview with an example case</figcaption>
        <div className="template-preview-mail">
          <p className="template-preview-subject" data-testid="template-preview-subject">
            {caseMessageSubject(
              fillTemplate(subject, EXAMPLE_VALUES),
              Number(EXAMPLE_VALUES['case.number']),
              {
                replying: false,
              },
            )}
          </p>
          <p className="template-preview-body" data-testid="template-preview-body">
            {fillTemplate(body, EXAMPLE_VALUES)}
          </p>
          <p className="template-preview-footer muted">
            Where your case stands, and a place to write to us: {EXAMPLE_VALUES.statusPageUrl}
          </p>
        </div>
      </figure>
    </div>
  );
}
