const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and quoted attribute values. Customer text is untrusted
 * everywhere, so every value that reaches a page or an email goes through this.
 * @example escapeHtml('<b>"Hi" & bye</b>') // '&lt;b&gt;&quot;Hi&quot; &amp; bye&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
