/**
 * The customer's own new words in a reply: quoted history ("On … wrote:", "-----Original
 * Message-----", forwarded blocks, `>` quotes) and the signature after "-- " removed.
 *
 * A minimal stand-in so the inbound pipeline works end to end: the branch `reply-text` replaces it
 * with a maintained library measured against ../shared/data/emails, behind this same signature.
 */
export function extractVisibleReply(input: { text: string | undefined; html: string | undefined }): string {
  const text = input.text ?? (input.html ? textOfHtml(input.html) : '');
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const cut = lines.findIndex((line, index) => startsQuotedHistory(line, lines[index + 1] ?? ''));
  const kept = cut === -1 ? lines : lines.slice(0, cut);
  // Quoted lines at the end (a reply written above the quote without a header line).
  while (kept.length > 0 && /^\s*(>|$)/.test(kept.at(-1) ?? '')) kept.pop();
  return kept.join('\n').trim();
}

const HISTORY_HEADER = [
  /^\s*On\b.{0,300}\bwrote:\s*$/i,
  /^\s*Am\b.{0,300}\bschrieb\b.{0,200}:\s*$/i,
  /^\s*Le\b.{0,300}\ba écrit\s*:\s*$/i,
  /^\s*El\b.{0,300}\bescribió\s*:\s*$/i,
  /^\s*Op\b.{0,300}\bschreef\b.{0,200}:\s*$/i,
  /^\s*Il giorno\b.{0,300}\bha scritto\s*:\s*$/i,
  /^\s*(Den|Em)\b.{0,300}\b(skrev|escreveu)\b.{0,200}:\s*$/i,
  /^\s*-{2,}\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Oorspronkelijk bericht)\s*-{2,}/i,
  /^\s*-{2,}\s*Forwarded message\s*-{2,}/i,
  /^\s*Begin forwarded message:\s*$/i,
  /^\s*_{20,}\s*$/,
];

function startsQuotedHistory(line: string, next: string): boolean {
  if (line === '-- ' || line === '--') return true;
  if (HISTORY_HEADER.some((pattern) => pattern.test(line))) return true;
  // "On Tue, 3 Dec 2026, Amends Support <support@…>" / "wrote:" split over two lines by the client.
  if (/^\s*On\b/i.test(line) && /^\s*.{0,200}\bwrote:\s*$/i.test(next) && !/\bwrote:/.test(line)) return true;
  // Outlook's header block: "From: …" followed by "Sent:" or "Date:".
  return /^\s*\*?From:\*?\s/i.test(line) && /^\s*\*?(Sent|Date):\*?\s/i.test(next);
}

/** Plain text of an HTML-only mail, enough to find the reply (the whole message keeps its HTML). */
function textOfHtml(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|li|tr|h\d|blockquote)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
