/**
 * A case's title in quotes, for a sentence about it — unless it has quotes of its own: a rating's
 * case is titled `“Not great” on service visit SM-4114`, and quoting it again reads `"“Not great” …"`.
 */
export function quotedTitle(title: string, open = '"', close = open): string {
  return /["“”„«»]/.test(title) ? title : `${open}${title}${close}`;
}
