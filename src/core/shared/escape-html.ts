const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Makes text safe inside HTML text and inside quoted attribute values (either quote style), so a
 * survey question, a label or a URL can never open a tag or leave its attribute.
 *
 * @example escapeHtml('Fish & "chips" <b>') // 'Fish &amp; &quot;chips&quot; &lt;b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}
