import type { KeyboardEvent } from 'react';

/** In a textarea Enter makes a new line; Ctrl+Enter (⌘+Enter on a Mac) sends the form. */
export function submitOnCtrlEnter(event: KeyboardEvent<HTMLTextAreaElement>): void {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  }
}
